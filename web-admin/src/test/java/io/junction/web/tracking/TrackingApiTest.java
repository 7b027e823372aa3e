package io.junction.web.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.tracking.TrackingService;
import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import io.junction.web.ShippedOrders;
import io.junction.web.TaobaoOrdersApiTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class TrackingApiTest extends TaobaoOrdersApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrackingService tracking;

    @Test
    void aShippedParcelsTrackingShowsOnTheOrderTheListFilterTheAlertsAndTheMetric() {
        // given an order shipped with the demo's carrier, whose simulator has the pre-advice only
        ShippedOrders.Shipped shipped = shipping.shipOne();

        // when the tracking relay polls
        tracking.relay().relayDue(500);
        JsonNode pkg = polled(shipping, shipped);

        // then the order's package says where the parcel is, with the carrier's own words
        assertThat(pkg.get("trackingStatus").asString()).isEqualTo("INFO_RECEIVED");
        assertThat(pkg.get("trackingStatusSince").isNull()).isFalse();
        JsonNode first = pkg.get("trackingEvents").get(0);
        assertThat(first.get("status").asString()).isEqualTo("INFO_RECEIVED");
        assertThat(first.get("description").asString()).isEqualTo("Shipment information received");
        assertThat(first.get("time").isNull()).isFalse();

        // and the list filters by tracking status, refusing one that does not exist
        assertThat(listed(clerk, "INFO_RECEIVED")).contains(shipped.orderId());
        assertThat(listed(clerk, "DELIVERED")).doesNotContain(shipped.orderId());
        JsonNode bad = clerk.get("/api/v1/orders?trackingStatus=LOST").body();
        assertThat(clerk.get("/api/v1/orders?trackingStatus=LOST").status()).isEqualTo(400);
        assertThat(bad.get("field").asString()).isEqualTo("trackingStatus");

        // when three days pass without a carrier scan
        jdbc.update(
                "UPDATE lgs_parcel_tracking SET shipped_at = ? WHERE package_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(3))),
                shipped.packageId());

        // then the parcel is a no-first-scan alert on the API, the page and the metric
        JsonNode alerts = clerk.ok(clerk.get("/api/v1/tracking/alerts?kind=NO_FIRST_SCAN&limit=500"));
        assertThat(alerts.get("noFirstScan").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(alerts.get("items").findValues("packageId").stream().map(JsonNode::asLong))
                .contains(shipped.packageId());
        assertThat(
                        clerk
                                .ok(clerk.get("/api/v1/tracking/alerts?kind=STUCK"))
                                .get("items")
                                .findValues("packageId")
                                .stream()
                                .map(JsonNode::asLong))
                .doesNotContain(shipped.packageId());
        assertThat(clerk.get("/api/v1/tracking/alerts?limit=0").status()).isEqualTo(400);
        assertThat(clerk.get("/api/v1/tracking/alerts?kind=LATE").status()).isEqualTo(400);
        JsonNode metric = admin.ok(admin.get("/actuator/metrics/junction.tracking.no.first.scan"));
        assertThat(metric.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);

        // and the pages show it, in words, not codes
        PageClient page = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        String alertPage = page.get("/tracking/alerts?kind=NO_FIRST_SCAN").html();
        assertThat(alertPage).contains("data-package-id=\"" + shipped.packageId() + "\"");
        String orderPage = page.get("/orders/" + shipped.orderId()).html();
        assertThat(orderPage)
                .contains("tracking-timeline")
                .contains("Shipment information received")
                .contains("已预报")
                .doesNotContain(">INFO_RECEIVED<");
    }

    /** The package once the relay's poll is recorded (the scheduled relay may have polled it first). */
    private static JsonNode polled(ShippedOrders shipping, ShippedOrders.Shipped shipped) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode pkg = shipping.detail(shipped.orderId()).get("packages").get(0);
        while (pkg.get("trackingStatus").isNull() && Instant.now().isBefore(deadline)) {
            pkg = shipping.detail(shipped.orderId()).get("packages").get(0);
        }
        return pkg;
    }

    private static java.util.List<Long> listed(ApiClient clerk, String status) {
        return clerk
                .ok(clerk.get("/api/v1/orders?size=500&trackingStatus=" + status))
                .get("items")
                .findValues("id")
                .stream()
                .map(JsonNode::asLong)
                .toList();
    }
}
