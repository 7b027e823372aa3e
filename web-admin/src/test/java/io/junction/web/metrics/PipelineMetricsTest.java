package io.junction.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The metrics over the actuator: sync health per shop and the queues, for ADMIN only. */
class PipelineMetricsTest extends DemoAmazonShopApiTest {

    @Autowired
    PipelineMetrics metrics;

    @Test
    void anAdminReadsTheSyncLagOfAShopAndTheQuarantineCount() {
        // given the demo Amazon shop synced, with a malformed order kept aside
        amazon.placeMalformedOrder(Instant.now().minus(Duration.ofMinutes(10)));
        admin.syncNow(shopId);
        metrics.forget();

        // when
        JsonNode lag = admin.ok(admin.get("/actuator/metrics/junction.sync.lag?tag=shop:" + shopId));
        JsonNode quarantined = admin.ok(admin.get("/actuator/metrics/junction.quarantine.open"));

        // then the lag is the watermark's distance from now (the 2-minute rule and a little), and the order is counted
        assertThat(value(lag)).isBetween(100.0, 300.0);
        assertThat(lag.get("availableTags").toString()).contains("AMAZON");
        assertThat(value(quarantined)).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void onlyAnAdminReadsTheMetricsAndHealthIsOpen() throws Exception {
        assertThat(ApiClient.clerk(port).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(new ApiClient(port, "nobody", "wrong")
                        .get("/actuator/metrics")
                        .status())
                .isEqualTo(401);
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        // open: answered without credentials (UP, or 503 while the node's scheduler has not joined its cluster:
        // the many test contexts of this JVM share one database and one Quartz cluster)
        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"status\":");
    }

    private static double value(JsonNode metric) {
        return metric.get("measurements").get(0).get("value").asDouble();
    }
}
