package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.LampOrdersApiTest;
import io.junction.web.PageClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An order's freight quotes over the API and on its page: the demo's YunExpress and 4PX methods quote from their
 * simulators' price lists, Yanwen (which offers no quotes) is left out, cheapest first.
 */
class FreightQuoteApiTest extends LampOrdersApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private static JsonNode byMethodCode(JsonNode quotes, String code) {
        for (JsonNode q : quotes) {
            if (isDemo(q.get("methodCode").asString(), code)) {
                return q;
            }
        }
        throw new AssertionError("no quote for " + code + " in " + quotes);
    }

    @Test
    void eachQuotingCarriersMethodIsPricedFromItsPriceListCheapestFirst() {
        // given
        long orderId = orderOfLamps(2);

        // when
        JsonNode quotes = clerk.ok(clerk.get("/api/v1/orders/" + orderId + "/freight-quotes"));

        // then both demo methods price 1,000 g to the US at 18.00 + 10 × 6.50
        JsonNode yun = byMethodCode(quotes, "YUN-THPHR");
        assertThat(yun.get("carrier").asString()).isEqualTo("YUNEXPRESS");
        assertThat(yun.get("amount").decimalValue()).isEqualByComparingTo("83.00");
        assertThat(yun.get("currency").asString()).isEqualTo("CNY");
        assertThat(yun.get("transitDaysMin").asInt()).isEqualTo(7);
        assertThat(yun.get("transitDaysMax").asInt()).isEqualTo(15);
        assertThat(byMethodCode(quotes, "4PX-A1").get("amount").decimalValue()).isEqualByComparingTo("83.00");
        List<String> carriers = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        boolean unquotedSeen = false;
        for (JsonNode q : quotes) {
            carriers.add(q.get("carrier").asString());
            if (q.get("amount").isNull()) {
                unquotedSeen = true;
                assertThat(q.get("reason").asString()).isNotBlank();
            } else {
                assertThat(unquotedSeen)
                        .as("a price listed after a method without one")
                        .isFalse();
                amounts.add(q.get("amount").decimalValue());
            }
        }
        assertThat(carriers).doesNotContain("YANWEN");
        assertThat(amounts).isSorted();
    }

    /** The demo's method codes carry the demo instance after a space. */
    private static boolean isDemo(String stored, String code) {
        return stored.equals(code) || stored.startsWith(code + " ");
    }

    private long methodId(String code) {
        for (JsonNode m : clerk.ok(clerk.get("/api/v1/logistics-methods"))) {
            if (isDemo(m.get("code").asString(), code)) {
                return m.get("id").asLong();
            }
        }
        throw new AssertionError("no demo method " + code);
    }

    @Test
    void aLogisticsRuleSetsTheCheapestMethodThatMeetsTheShipByAndNamesItsPrice() {
        // given the YunExpress method needs three days to reach its carrier, the order ships within two
        long yun = methodId("YUN-THPHR");
        long fourPx = methodId("4PX-A1");
        jdbc.update("UPDATE lgs_method SET handover_hours = 72 WHERE id = ?", yun);
        String name = "cheapest " + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Answer both = clerk.post("/api/v1/rules", """
                {"name":"%s","kind":"LOGISTICS","priority":90,"conditions":{"shopIds":[%d]},
                 "actions":{"logisticsMethodId":%d,"cheapestMethod":{"methodIds":[%d,%d]}}}""".formatted(name, shopId, yun, yun, fourPx));
        ApiClient.Answer rule = clerk.post("/api/v1/rules", """
                {"name":"%s","kind":"LOGISTICS","priority":90,"conditions":{"shopIds":[%d]},
                 "actions":{"cheapestMethod":{"methodIds":[%d,%d],"meetShipBy":true}}}""".formatted(name, shopId, yun, fourPx));
        try {
            assertThat(rule.status()).as(rule.text()).isEqualTo(201);

            // when
            long orderId = orderOfLamps(2);

            // then
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> historyOf(orderId).contains("rule: " + name));
            assertThat(historyOf(orderId))
                    .contains("set method 4PX Global Parcel (A1) (4PX-A1")
                    .contains("): the cheapest of 2 quoted, 83.00 CNY, 7-15 days");
            assertThat(clerk.ok(clerk.get("/api/v1/orders/" + orderId))
                            .get("order")
                            .get("logisticsMethodId")
                            .asLong())
                    .isEqualTo(fourPx);
            assertThat(rule.body()
                            .get("actions")
                            .get("cheapestMethod")
                            .get("meetShipBy")
                            .asBoolean())
                    .isTrue();
            assertThat(both.status()).isEqualTo(400);
            assertThat(both.body().get("problems").findValuesAsString("field")).contains("actions.cheapestMethod");
        } finally {
            jdbc.update("UPDATE lgs_method SET handover_hours = NULL WHERE id = ?", yun);
            if (rule.status() == 201) {
                clerk.delete("/api/v1/rules/" + rule.body().get("id").asLong());
            }
        }
    }

    private String historyOf(long orderId) {
        return clerk.ok(clerk.get("/api/v1/orders/" + orderId)).get("history").toString();
    }

    @Test
    void theOrderPageShowsTheQuotesAndAnUnknownOrderIsNotFound() {
        // given
        long orderId = orderOfLamps(2);

        // when
        PageClient.Answer fragment =
                PageClient.signedIn(port, "clerk", ApiClient.PASSWORD).get("/orders/" + orderId + "/freight-quotes");
        PageClient.Answer detail =
                PageClient.signedIn(port, "clerk", ApiClient.PASSWORD).get("/orders/" + orderId);
        ApiClient.Answer missing = clerk.get("/api/v1/orders/999999999/freight-quotes");

        // then
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.html())
                .contains("运费报价")
                .contains("83.00 CNY")
                .contains("云途")
                .contains("YUN-THPHR");
        assertThat(detail.html()).contains("hx-get=\"/orders/" + orderId + "/freight-quotes\"");
        assertThat(missing.status()).isEqualTo(404);
    }
}
