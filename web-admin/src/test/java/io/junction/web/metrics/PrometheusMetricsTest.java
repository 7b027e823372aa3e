package io.junction.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Prometheus scrapes Junction's gauges, the circuit breakers and the rate limits, as ADMIN only. */
class PrometheusMetricsTest extends DemoAmazonShopApiTest {

    @Autowired
    PipelineMetrics metrics;

    @Test
    void anAdminScrapesTheQueuesTheCircuitsAndTheRateLimitWaits() {
        // given the demo Amazon shop synced, so that its calls took their turns under the rate limit
        admin.syncNow(shopId);
        metrics.forget();

        // when
        ApiClient.Answer scrape = admin.get("/actuator/prometheus");

        // then
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        assertThat(scrape.text())
                .contains("junction_quarantine_open ")
                .contains("junction_writeback_pending ")
                .containsPattern("junction_sync_lag\\{[^}]*shop=\"" + shopId + "\"")
                .containsPattern("junction_circuit_state\\{node=\"[^\"]+\",platform=\"AMAZON\",state=\"closed\"} 1")
                .containsPattern("junction_circuit_state\\{node=\"[^\"]+\",platform=\"AMAZON\",state=\"open\"} 0")
                .containsPattern("junction_circuit_state\\{node=\"[^\"]+\",platform=\"ALIEXPRESS\",state=\"closed\"} 1")
                .containsPattern(
                        "junction_ratelimit_wait_seconds_count\\{node=\"[^\"]+\",operation=\"searchOrders\",platform=\"AMAZON\"} [1-9]");
    }

    @Test
    void aClerkMayNotScrape() {
        assertThat(ApiClient.clerk(port).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(new ApiClient(port, "prometheus-stranger", "wrong-password")
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(401);
    }
}
