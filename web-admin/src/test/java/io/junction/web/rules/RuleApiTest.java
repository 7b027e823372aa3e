package io.junction.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderMapper;
import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import io.junction.web.Lamps;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Rules and the blacklist over the API: checked whole, run on a selection, and named in the orders they change. */
class RuleApiTest extends DemoAmazonShopApiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderMapper orders;

    final List<String> created = new ArrayList<>();

    @AfterEach
    void rulesGone() {
        // rules apply to every shop's orders: none outlives its test
        created.forEach(clerk::delete);
    }

    String ruleJson(String name, String conditions, String actions) {
        return """
                {"name":"%s","kind":"AUDIT","priority":5,"enabled":true,
                 "conditions":{"shopIds":[%d]%s},"actions":%s}""".formatted(name, shopId, conditions, actions);
    }

    JsonNode create(String json) {
        ApiClient.Answer answer = clerk.post("/api/v1/rules", json);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        created.add("/api/v1/rules/" + answer.body().get("id").asLong());
        return answer.body();
    }

    @Test
    void aRuleIsAddedReadChangedAndDeleted() {
        // given
        String name = unique("US gifts");

        // when
        JsonNode rule = create(ruleJson(name, ",\"countries\":[\"us\"],\"hasBuyerNote\":true", """
                {"addTags":["gift"],"priority":2}"""));
        long id = rule.get("id").asLong();
        JsonNode changed = clerk.ok(clerk.put("/api/v1/rules/" + id, ruleJson(name, "", """
                {"hold":"gift wrap by hand"}""")));

        // then
        assertThat(rule.get("kind").asString()).isEqualTo("AUDIT");
        assertThat(rule.get("conditions").get("countries").get(0).asString()).isEqualTo("US");
        assertThat(rule.get("actions").get("addTags").get(0).asString()).isEqualTo("gift");
        assertThat(changed.get("actions").get("hold").asString()).isEqualTo("gift wrap by hand");
        assertThat(changed.get("conditions").get("countries").isNull()).isTrue();
        assertThat(clerk.ok(clerk.get("/api/v1/rules")).findValuesAsString("name"))
                .contains(name);
        assertThat(clerk.delete("/api/v1/rules/" + id).status()).isEqualTo(204);
        assertThat(clerk.get("/api/v1/rules/" + id).status()).isEqualTo(404);
    }

    @Test
    void aBadRuleIsRefusedWithEveryReasonAndNothingIsStored() {
        // when
        ApiClient.Answer refused = clerk.post("/api/v1/rules", """
                {"name":"","kind":"SHIPPING","conditions":{"countries":["USA"],"minTotal":5,"skuFlags":["fragile"]},
                 "actions":{"approve":true,"hold":"why"}}""");

        // then
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("field").asString()).isEqualTo("name");
        assertThat(refused.body().get("problems").findValuesAsString("field"))
                .containsExactly(
                        "name",
                        "kind",
                        "conditions.countries",
                        "conditions.currency",
                        "conditions.skuFlags",
                        "actions.approve");
        assertThat(refused.body().get("detail").asString())
                .contains("kind: AUDIT or LOGISTICS, not SHIPPING")
                .contains("conditions.countries: a two-letter country code, not USA");
        assertThat(clerk.ok(clerk.get("/api/v1/rules")).findValuesAsString("name"))
                .doesNotContain("");
    }

    @Test
    void aSecondRuleOfTheSameNameIsAConflict() {
        // given
        String name = unique("same");
        create(ruleJson(name, "", "{\"approve\":true}"));

        // when
        ApiClient.Answer again = clerk.post("/api/v1/rules", ruleJson(name, "", "{\"approve\":true}"));

        // then
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("problems").get(0).get("code").asString()).isEqualTo("nameTaken");
    }

    @Test
    void aRunOnASelectionApprovesTheOrderInTheRulesNameAndTheOrderNamesTheRule() {
        // given an order waiting for review, and a rule approving this shop's orders
        long orderId = order();
        String name = unique("approve shop");
        create(ruleJson(name, "", "{\"approve\":true,\"addTags\":[\"auto\"]}"));

        // when
        JsonNode dry = clerk.ok(clerk.post("/api/v1/rules/dry-run", ruleJson(name, "", "{\"approve\":true}")));
        JsonNode run = clerk.ok(clerk.post("/api/v1/rules/run", "{\"orderIds\":[" + orderId + "]}"));

        // then
        assertThat(dry.get("matching").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(run.get("matched").get(0).asLong()).isEqualTo(orderId);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> orders.findById(orderId).status().name().equals("PENDING_ALLOCATION"));
        JsonNode history = clerk.ok(clerk.get("/api/v1/orders/" + orderId)).get("history");
        List<String> lines = new ArrayList<>();
        history.forEach(h ->
                lines.add(h.get("actor").asString() + " → " + h.get("reason").asString()));
        assertThat(lines).contains("rule: " + name + " → add tag auto", "rule: " + name + " → approve");
        assertThat(clerk.ok(clerk.get("/api/v1/orders/" + orderId + "/rules")).findValuesAsString("ruleName"))
                .containsExactly(name);
    }

    @Test
    void aRunNeedsOrderIds() {
        // when / then
        assertThat(clerk.post("/api/v1/rules/run", "{\"orderIds\":[]}").status())
                .isEqualTo(400);
    }

    @Test
    void theBlacklistTakesEntriesOnceEachAndGivesThemBack() {
        // given
        String phone = "+1 (555) " + (1_000_000 + (int) (Math.random() * 8_000_000));

        // when
        ApiClient.Answer added =
                clerk.post("/api/v1/blacklist", "{\"kind\":\"phone\",\"value\":\"" + phone + "\",\"note\":\"fraud\"}");
        ApiClient.Answer twice = clerk.post("/api/v1/blacklist", "{\"kind\":\"PHONE\",\"value\":\"" + phone + "\"}");
        ApiClient.Answer badKind = clerk.post("/api/v1/blacklist", "{\"kind\":\"IP\",\"value\":\"1.2.3.4\"}");
        JsonNode page = clerk.ok(clerk.get("/api/v1/blacklist?kind=PHONE&size=200"));

        // then
        assertThat(added.status()).isEqualTo(201);
        String digits = phone.replaceAll("\\D", "");
        assertThat(added.body().get("value").asString()).isEqualTo(digits);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body().get("field").asString()).isEqualTo("kind");
        assertThat(page.get("items").findValuesAsString("value")).contains(digits);
        long id = added.body().get("id").asLong();
        assertThat(clerk.delete("/api/v1/blacklist/" + id).status()).isEqualTo(204);
        assertThat(clerk.delete("/api/v1/blacklist/" + id).status()).isEqualTo(404);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A paid order waiting for review in the shop, as a sync would store it; its id. */
    private long order() {
        return new Lamps(context).paidOrder(shopId, "NO-SUCH-SKU", 1, "9.99");
    }
}
