package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import io.junction.order.OrderMapper;
import io.junction.order.WriteBackStatus;
import io.junction.shop.Shop;
import io.junction.web.ApiClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("browser")
class TrackingChangeBrowserTest extends BrowserTest {

    @Autowired
    AliExpressSimulator aliExpress;

    @Autowired
    OrderMapper orders;

    @Test
    void aClerkChangesTheTrackingNumberOfAShippedAliExpressOrderOnItsPage() {
        // given an AliExpress order shipped and confirmed to AliExpress
        Shop shop = demo.demoShop("ALIEXPRESS", aliExpress.gatewayUrl());
        long orderId =
                demo.placeAndSync(shop, at -> aliExpress.placeOrders(1, at)).get(0);
        String platformOrderId = demo.platformOrderId(orderId);
        demo.readyToShip(List.of(orderId));
        String tracking = demo.detail(orderId).packages().get(0).trackingNumber();
        ApiClient.packer(port).scanAndShip(tracking);
        await().withTimeout(Duration.ofSeconds(30))
                .until(d -> orders.findById(orderId).writeBackStatus() == WriteBackStatus.CONFIRMED);

        // when the clerk gives the package a new tracking number on the order page
        signIn("clerk");
        open("/orders/" + orderId);
        WebElement form = visible(By.cssSelector("form.tracking-change"));
        form.findElement(By.name("trackingNumber")).sendKeys("YT7777777777");
        form.findElement(By.name("reason")).sendKeys("carrier relabelled the parcel");
        form.findElement(By.tagName("button")).click();

        // then the page says so and lists the change, and AliExpress has the new number
        await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("tracking-change-result"), "Tracking number changed to YT7777777777"));
        WebElement changes = visible(By.id("tracking-changes"));
        assertThat(changes.getText())
                .contains(tracking + " → YT7777777777")
                .contains("Confirmed")
                .contains("carrier relabelled the parcel");
        assertThat(driver.findElement(By.id("packages")).getText()).contains("YT7777777777");
        assertThat(aliExpress.shipments(platformOrderId))
                .singleElement()
                .satisfies(s -> assertThat(s.logisticsNo()).isEqualTo("YT7777777777"));
    }
}
