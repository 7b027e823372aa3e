package io.junction.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import io.junction.web.TaobaoOrdersApiTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class DeadlineApiTest extends TaobaoOrdersApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOrderPastItsShipByIsListedOverdueAndCountedInTheHeaderAndTheMetric() {
        // given an order still to ship whose ship-by passed an hour ago
        long id = shipping.syncOne();
        jdbc.update(
                "UPDATE oms_order SET ship_by = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                id);

        // when
        JsonNode overdue = clerk.ok(clerk.get("/api/v1/deadlines?kind=OVERDUE&limit=500"));
        JsonNode atRisk = clerk.ok(clerk.get("/api/v1/deadlines?kind=AT_RISK&hours=48"));

        // then
        assertThat(overdue.get("overdue").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(overdue.get("view").get("orders").findValues("id").stream().map(JsonNode::asLong))
                .contains(id);
        assertThat(atRisk.get("withinHours").asLong()).isEqualTo(48);
        assertThat(atRisk.get("view").get("orders").findValues("id").stream().map(JsonNode::asLong))
                .doesNotContain(id);
        assertThat(clerk.get("/api/v1/deadlines?hours=0").status()).isEqualTo(400);
        JsonNode metric = admin.ok(admin.get("/actuator/metrics/junction.orders.overdue"));
        assertThat(metric.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);

        // and the pages show it: the header's count on every page, the order on the deadline page
        PageClient page = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        PageClient.Answer deadlines = page.get("/deadlines?kind=OVERDUE");
        assertThat(deadlines.status()).isEqualTo(200);
        assertThat(deadlines.html()).contains("id=\"deadline-overdue\"").contains("data-order-id=\"" + id + "\"");
        assertThat(page.get("/write-back").status()).isEqualTo(200);
        assertThat(page.get("/returns").status()).isEqualTo(200);
        assertThat(page.get("/deadlines?kind=AT_RISK").html()).contains("deadline-table");
    }
}
