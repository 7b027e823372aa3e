package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import io.junction.web.ApiClient;
import io.junction.web.ShippedOrders;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Receiving a return at the station: the packer scans the parcel's tracking number to open the return, a
 * barcode of something else is refused, each item's barcode counts one unit, the bin is typed, and booking
 * puts the units back on hand.
 */
@Tag("browser")
class ReturnReceivingBrowserTest extends BrowserTest {

    @Autowired
    TaobaoSimulator taobao;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPackerOpensAReturnByItsTrackingNumberCountsItsItemsByScanAndBooksThemBackOnTheShelf() {
        // given a shipped order the buyer sends back
        ApiClient clerk = ApiClient.clerk(port);
        ShippedOrders.Shipped shipped = new ShippedOrders(clerk, ApiClient.packer(port), taobao).shipOne();
        JsonNode line = shipped.detail().get("lines").get(0);
        long lineId = line.get("id").asLong();
        int quantity = line.get("quantity").asInt();
        String sku = line.get("platformSku").asString();
        long returnId = clerk.ok(clerk.post(
                        "/api/v1/returns",
                        "{\"orderId\":" + shipped.orderId() + ",\"reason\":\"尺码不合适\",\"lines\":[{\"orderLineId\":"
                                + lineId + ",\"quantity\":" + quantity + "}]}"))
                .get("id")
                .asLong();
        String barcode = jdbc.queryForObject(
                "SELECT MIN(b.barcode) FROM wms_sku_barcode b JOIN wms_sku s ON s.id = b.sku_id WHERE s.sku = ?",
                String.class,
                sku);
        int onHand = onHand(sku);

        // when the packer scans the parcel's tracking number at the returns page
        restartBrowser("en-US,en");
        signIn("packer");
        open("/returns");
        driver.findElement(By.id("receive-code")).sendKeys(shipped.trackingNumber(), Keys.ENTER);

        // then the return opens for receiving
        await().until(d -> path().equals("/returns/" + returnId + "/receive"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("RMA-" + returnId);

        // when a barcode of nothing in the return is scanned, it is refused and counts nothing
        driver.findElement(By.id("return-barcode")).sendKeys("0000000000000", Keys.ENTER);
        assertThat(visible(By.id("receive-refused")).getText()).contains("0000000000000");
        assertThat(received(lineId)).isEqualTo("0");

        // when each item's barcode is scanned, and the bin typed
        for (int unit = 1; unit <= quantity; unit++) {
            driver.findElement(By.id("return-barcode")).sendKeys(barcode, Keys.ENTER);
            int counted = unit;
            await().until(d -> String.valueOf(counted).equals(received(lineId)));
        }
        assertThat(driver.findElement(By.id("scan-ok")).getText()).contains(quantity + " of " + quantity);
        driver.findElement(By.name("location_" + lineId)).sendKeys("R-07-01");
        screenshot("return-receiving");
        driver.findElement(By.id("receive-submit")).click();

        // then the return is received and its units are on hand again, at the bin
        assertThat(visible(By.id("returns-done")).getText()).contains("RMA-" + returnId);
        assertThat(onHand(sku)).isEqualTo(onHand + quantity);
        assertThat(jdbc.queryForObject("SELECT location FROM wms_sku WHERE sku = ?", String.class, sku))
                .isEqualTo("R-07-01");
        assertThat(jdbc.queryForObject("SELECT status FROM rma_return WHERE id = ?", String.class, returnId))
                .isEqualTo("RECEIVED");
    }

    private String received(long lineId) {
        return driver.findElement(By.name("qty_" + lineId)).getAttribute("value");
    }

    private int onHand(String sku) {
        return jdbc.queryForObject("SELECT on_hand FROM wms_sku WHERE sku = ?", Integer.class, sku);
    }
}
