package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderStatus;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.web.order.OrderAction;
import io.junction.web.order.OrderDetail;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("browser")
class ScanOutStationBrowserTest extends BrowserTest {

    @Autowired
    ScanOutService scanOut;

    @Autowired
    SkuMapper skus;

    @Test
    void theStationKeepsFocusRefusesAWrongItemLoudlyAndShipsACompletePackage() {
        // given: an order printed and waiting at the station
        long orderId = demo.placeAndSync(1).get(0);
        demo.readyToShip(List.of(orderId));
        OrderDetail.Package pkg = demo.detail(orderId).packages().get(0);
        ScanPackage contents = scanOut.open(pkg.packageNo());
        String wrongBarcode = barcodeOfAProductNotIn(contents);
        signIn("packer");
        assertThat(path()).isEqualTo("/scan-out");

        // then: the scan field has the focus, and takes it back when something else is clicked
        assertThat(focusedId()).isEqualTo("scan-input");
        driver.findElement(By.cssSelector(".hint")).click();
        await().until(d -> focusedId().equals("scan-input"));

        // when: the package label
        scan(pkg.trackingNumber());

        // then
        awaitOutcome("OPENED");
        assertThat(message()).contains(pkg.packageNo());
        for (ScanPackage.Item item : contents.items()) {
            assertThat(itemRow(item.sku()).getText()).contains(item.name()).contains(item.location()).contains("0 / " + item.quantity());
        }

        // when: a product that is not in this package
        scan(wrongBarcode);

        // then: loud, and the package stays open
        awaitOutcome("REFUSED");
        assertThat(message()).contains("WRONG ITEM");
        assertThat(driver.findElement(By.id("scan-banner")).getAttribute("class")).contains("banner-REFUSED");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-alarms")).isEqualTo("1");
        assertThat(focusedId()).isEqualTo("scan-input");
        screenshot("scan-out");

        // when: every item, one scan per unit; the last one ships the package
        List<String> scans = contents.items().stream()
                .flatMap(i -> java.util.Collections.nCopies(i.quantity(), i.barcodes().get(0)).stream()).toList();
        for (int n = 0; n < scans.size() - 1; n++) {
            scan(scans.get(n));
            awaitOutcome("ACCEPTED");
        }
        scan(scans.get(scans.size() - 1));

        // then
        awaitOutcome("SHIPPED");
        assertThat(message()).contains("SHIPPED " + pkg.packageNo()).contains("scan the next package");
        assertThat(demo.detail(orderId).order().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(driver.findElement(By.id("station-state")).getAttribute("data-package-id")).isNull();
        assertThat(focusedId()).isEqualTo("scan-input");

        // when: the same label again
        scan(pkg.packageNo());

        // then
        awaitOutcome("REFUSED");
        assertThat(message()).contains("already shipped");
    }

    @Test
    void aPackageOfAnOrderOnHoldMustNotShip() {
        // given
        long orderId = demo.placeAndSync(1).get(0);
        demo.readyToShip(List.of(orderId));
        demo.apply(OrderAction.HOLD, List.of(orderId));
        String packageNo = demo.detail(orderId).packages().get(0).packageNo();
        signIn("packer");

        // when
        scan(packageNo);

        // then
        awaitOutcome("REFUSED");
        assertThat(message()).contains("STOP").contains(demo.platformOrderId(orderId)).contains("ON_HOLD");
        assertThat(present(driver, By.id("scan-items"))).isFalse();
    }

    @Test
    void anUnknownCodeIsRefused() {
        // given
        signIn("packer");

        // when
        scan("NO-SUCH-LABEL-123");

        // then
        awaitOutcome("REFUSED");
        assertThat(message()).contains("No package").contains("NO-SUCH-LABEL-123");
        assertThat(focusedId()).isEqualTo("scan-input");
    }

    private int answered;

    private void scan(String code) {
        answered = answers();
        driver.findElement(By.id("scan-input")).sendKeys(code + Keys.ENTER);
    }

    /** Waits for the station's answer to the latest scan, and checks it was {@code outcome}. */
    private void awaitOutcome(String outcome) {
        await().until(d -> answers() > answered);
        assertThat(driver.findElement(By.id("station-state")).getAttribute("data-outcome")).as(message()).isEqualTo(outcome);
    }

    private int answers() {
        String count = driver.findElement(By.tagName("body")).getAttribute("data-answers");
        return count == null ? 0 : Integer.parseInt(count);
    }

    private String message() {
        return driver.findElement(By.id("scan-message")).getText();
    }

    private String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    private WebElement itemRow(String sku) {
        return driver.findElement(By.cssSelector("#scan-items tr[data-sku='" + sku + "']"));
    }

    private String barcodeOfAProductNotIn(ScanPackage pkg) {
        List<String> inPackage = pkg.items().stream().map(ScanPackage.Item::sku).toList();
        WarehouseSku other = skus.findAll().stream().filter(s -> !inPackage.contains(s.sku())).findFirst().orElseThrow();
        return skus.barcodes(other.id()).get(0);
    }
}
