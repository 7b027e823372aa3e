package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Bulk ship from the list (勾选发货), and force-ship (强制发货) confirmed after its consequences are shown. */
@Tag("browser")
class ShipWithoutStationBrowserTest extends BrowserTest {

    @Autowired
    OrderMapper orders;

    @Test
    void aClerkShipsTickedPrintedOrdersFromTheListWithoutScanning() {
        // given two printed orders
        List<Long> ids = demo.placeAndSync(2);
        demo.readyToShip(ids);
        signIn("clerk");
        open("/orders?status=PENDING_SHIPMENT&size=500");

        // when the clerk ticks them and ships
        ids.forEach(id -> driver.findElement(orderRow(id))
                .findElement(By.cssSelector(".row-select"))
                .click());
        driver.findElement(By.cssSelector("button[data-action='ship']")).click();

        // then both shipped, the clerk named in their history
        assertThat(visible(By.id("action-result")).getText()).contains("Ship").contains("2 succeeded");
        ids.forEach(id -> {
            assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(orders.history(id)).last().satisfies(h -> {
                assertThat(h.actor()).isEqualTo("clerk");
                assertThat(h.reason()).isEqualTo("shipped without scanning");
            });
        });
        screenshot("orders-shipped-without-scanning");
    }

    @Test
    void aClerkSeesWhatForceShipWillDoThenConfirmsItWithAReasonOnTheListAndOnTheOrderPage() {
        // given two printed orders whose buyers then asked for a refund: both stopped
        List<Long> ids = demo.placeAndSync(2);
        demo.readyToShip(ids);
        ids.forEach(demo::refundRequested);
        ids.forEach(id -> assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.EXCEPTION));
        long onList = ids.get(0);
        long onPage = ids.get(1);
        signIn("clerk");
        open("/orders?status=EXCEPTION&size=500");

        // when the clerk ticks one and asks to force-ship it
        driver.findElement(orderRow(onList))
                .findElement(By.cssSelector(".row-select"))
                .click();
        driver.findElement(By.id("force-ship")).click();

        // then the consequences are shown before anything happens
        WebElement confirm = visible(By.id("force-ship-confirm"));
        assertThat(confirm.getText())
                .contains("Force ship: what will happen")
                .contains("Re-allocates stock")
                .contains("Requests a new parcel");
        assertThat(orders.findById(onList).status()).isEqualTo(OrderStatus.EXCEPTION);
        screenshot("orders-force-ship-preview");

        // when the clerk gives the reason and confirms
        driver.findElement(By.id("force-ship-reason")).sendKeys("settled with the buyer");
        driver.findElement(By.id("force-ship-confirm-button")).click();

        // then the order is back in the flow with a new parcel, the reason in its history
        assertThat(visible(By.id("action-result")).getText())
                .contains("Force ship")
                .contains("1 succeeded");
        assertThat(orders.findById(onList).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        assertThat(orders.history(onList))
                .anySatisfy(h -> assertThat(h.reason()).endsWith("settled with the buyer"));

        // when on the other order's page the clerk does the same
        open("/orders/" + onPage);
        driver.findElement(By.id("force-ship")).click();
        assertThat(visible(By.id("force-ship-confirm")).getText()).contains("Re-allocates stock");
        driver.findElement(By.id("force-ship-reason")).sendKeys("buyer agreed by phone");
        driver.findElement(By.id("force-ship-confirm-button")).click();

        // then
        await().until(d -> orders.findById(onPage).status() == OrderStatus.PENDING_PRINT);
        assertThat(visible(By.id("action-result")).getText()).contains("Force ship");
        assertThat(present(driver, By.id("force-ship"))).isFalse();
    }
}
