package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.allocation.AllocationSettings;
import io.junction.order.AllocationBlock;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.persistence.GeneratedId;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.web.order.OrderAction;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Receiving by scan at a handheld's width: an order waits out of stock (its sub-tab says so), a packer scans
 * the product, types the quantity and scans the bin, books the receipt, and the order moves on by itself.
 */
@Tag("browser")
class ReceivingBrowserTest extends BrowserTest {

    @Autowired
    SkuMapper skus;

    @Autowired
    OrderMapper orders;

    @Autowired
    AllocationSettings settings;

    @AfterEach
    void automaticAllocationOffAgain() {
        settings.setAutoAllocate(false, "test");
    }

    @Test
    void aPackerReceivesByScanAndTheOrderWaitingForTheStockMovesOnByItself() {
        // given a SKU none of which is in stock, and a reviewed order of it waiting, automatic allocation on
        settings.setAutoAllocate(true, "admin");
        String code = "LAMP-" + UUID.randomUUID().toString().substring(0, 8);
        String barcode = "69" + Math.abs(code.hashCode());
        GeneratedId id = new GeneratedId();
        skus.insert(
                id,
                new WarehouseSku(
                        0,
                        code,
                        "Desk lamp " + code,
                        "D-01",
                        0,
                        0,
                        "Lamp",
                        "台灯",
                        new BigDecimal("12.00"),
                        650,
                        "940520"));
        skus.insertBarcode(id.get(), barcode);
        long orderId = demo.placeUnpairedAndSync(code);
        demo.apply(OrderAction.AUDIT, List.of(orderId));
        await().until(d -> orders.findById(orderId).allocationBlock() == AllocationBlock.OUT_OF_STOCK);

        // then a clerk sees it under the To-allocate tab's out-of-stock sub-tab
        signIn("clerk");
        open("/orders?status=PENDING_ALLOCATION&block=OUT_OF_STOCK&size=500");
        assertThat(driver.findElement(By.cssSelector("#block-tabs a.active")).getAttribute("data-block"))
                .isEqualTo("OUT_OF_STOCK");
        assertThat(driver.findElement(orderRow(orderId)).getText())
                .contains("Out of stock")
                .contains(code);

        // when a packer on a handheld scans the product, types the quantity and scans the bin
        restartBrowser("en-US,en");
        signIn("packer");
        open("/stock/receiving");
        handheld();
        assertThat(focusedId()).isEqualTo("scan-input");
        scan("NO-SUCH-BARCODE-1");
        await().until(d -> "REFUSED".equals(outcome()));
        assertThat(driver.findElement(By.id("scan-message")).getText()).contains("NO-SUCH-BARCODE-1");
        scan(barcode);
        await().until(d -> "quantity".equals(step()));
        scan("5");
        await().until(d -> "location".equals(step()));
        scan("E-05-02");

        // then the line is listed, and nothing is booked yet
        await().until(d -> present(d, By.cssSelector("#receipt-lines li[data-sku='" + code + "']")));
        assertThat(driver.findElement(By.cssSelector("#receipt-lines li[data-sku='" + code + "']"))
                        .getText())
                .contains(code + " × 5 → E-05-02");
        assertThat(driver.findElement(By.id("receipt-total")).getText()).isEqualTo("1 lines, 5 units");
        assertThat(skus.findById(id.get()).onHand()).isZero();
        assertFitsTheScreen();
        screenshot("receiving");

        // when the receipt is booked from the keyboard
        driver.findElement(By.id("scan-input")).sendKeys(Keys.F9);

        // then
        await().until(d -> "SHIPPED".equals(outcome()));
        assertThat(driver.findElement(By.id("scan-message")).getText()).contains("booked: 1 lines, 5 units");
        WarehouseSku received = skus.findById(id.get());
        assertThat(received.onHand()).isEqualTo(5);
        assertThat(received.location()).isEqualTo("E-05-02");
        assertThat(driver.findElements(By.cssSelector("#receipt-lines li"))).isEmpty();
        await().until(d -> orders.findById(orderId).status() == OrderStatus.PENDING_TRACKING);
        int ordered = orders.lines(orderId).stream().mapToInt(l -> l.quantity()).sum();
        assertThat(skus.findById(id.get()).reserved()).isEqualTo(ordered);
    }

    private void scan(String code) {
        driver.findElement(By.id("scan-input")).sendKeys(code, Keys.ENTER);
    }

    private String step() {
        return driver.findElement(By.id("scan-input")).getAttribute("data-step");
    }

    private String outcome() {
        return driver.findElement(By.tagName("body")).getAttribute("data-outcome");
    }

    private void handheld() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
    }

    private void assertFitsTheScreen() {
        List<?> widths = (List<?>) driver.executeScript(
                "return [document.documentElement.scrollWidth," + " document.documentElement.clientWidth];");
        assertThat(((Number) widths.get(0)).intValue())
                .as("page width %s within the screen's %s", widths.get(0), widths.get(1))
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
    }
}
