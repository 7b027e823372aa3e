package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/orders} and {@code /counts} with the list's filter, sort and cursor, through HTTP. */
class OrderListApiTest extends DemoAmazonShopApiTest {

    @Autowired
    JdbcTemplate jdbc;

    List<Long> orders;
    /** The filter to this test's orders: the demo shop, and the hour they were placed in (other tests' stay out). */
    String mine;

    @BeforeEach
    void threeOrdersOfAShopOfTheirOwn() {
        List<String> placed = amazon.placeOrders(3, Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        orders = new ArrayList<>();
        Instant hour = Instant.parse("2001-01-01T00:00:00Z")
                .plus(Duration.ofHours(ThreadLocalRandom.current().nextInt(200_000)));
        for (String amazonId : placed) {
            long id = jdbc.queryForObject(
                    "SELECT id FROM oms_order WHERE shop_id = ? AND platform_order_id = ?",
                    Long.class,
                    shopId,
                    amazonId);
            jdbc.update(
                    "UPDATE oms_order SET platform_created_at = ? WHERE id = ?",
                    Timestamp.from(hour.plusSeconds(orders.size() * 60L)),
                    id);
            orders.add(id);
        }
        // every order to the US, whatever the simulator's buyers chose, so that a test's country is its own
        orders.forEach(id -> jdbc.update("UPDATE oms_order SET ship_country = 'US' WHERE id = ?", id));
        mine = "shopId=" + shopId + "&createdFrom=" + hour + "&createdTo=" + hour.plus(Duration.ofHours(1));
    }

    @Test
    void aFilteredListCarriesWhatAReviewerNeedsWithoutOpeningTheOrder() {
        // given one order to Germany, urgent, tagged and with a seller's note
        long german = orders.get(1);
        jdbc.update(
                "UPDATE oms_order SET ship_country = 'DE', priority = 2, seller_note = 'gift wrap' WHERE id = ?",
                german);
        jdbc.update("INSERT INTO oms_order_tag (order_id, tag) VALUES (?, 'vip')", german);

        // when
        JsonNode page = clerk.ok(clerk.get("/api/v1/orders?" + mine + "&country=de"));
        JsonNode tagged = clerk.ok(clerk.get("/api/v1/orders?" + mine + "&tag=vip&sort=-createdAt"));
        JsonNode all = clerk.ok(clerk.get("/api/v1/orders?" + mine));

        // then
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("totalCapped").asBoolean()).isFalse();
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(german);
        assertThat(item.get("priority").asInt()).isEqualTo(2);
        assertThat(item.get("sellerNote").asString()).isEqualTo("gift wrap");
        assertThat(item.get("tags").get(0).asString()).isEqualTo("vip");
        assertThat(item.get("lines").size()).isPositive();
        assertThat(item.get("lines").get(0).get("platformSku").asString()).isNotBlank();
        assertThat(item.get("lines").get(0).has("skuCode")).isTrue();
        assertThat(item.get("trackingNumbers").isArray()).isTrue();
        assertThat(item.has("logisticsMethodId")).isTrue();
        assertThat(item.has("logisticsMethodName")).isTrue();
        assertThat(ids(tagged.get("items"))).containsExactly(german);
        assertThat(ids(all.get("items")).get(0)).as("urgent first").isEqualTo(german);
    }

    @Test
    void theNextAndPreviousTokensWalkEveryOrderOnceEachWay() {
        // when
        List<Long> forwards = new ArrayList<>();
        JsonNode page = clerk.ok(clerk.get("/api/v1/orders?" + mine + "&size=1"));
        forwards.addAll(ids(page.get("items")));
        while (!page.get("next").isNull()) {
            page = clerk.ok(clerk.get("/api/v1/orders?" + mine + "&size=1&after=" + text(page, "next")));
            forwards.addAll(ids(page.get("items")));
        }
        List<Long> backwards = new ArrayList<>(ids(page.get("items")));
        while (!page.get("previous").isNull()) {
            page = clerk.ok(clerk.get("/api/v1/orders?" + mine + "&size=1&before=" + text(page, "previous")));
            backwards.addAll(0, ids(page.get("items")));
        }

        // then
        assertThat(forwards).hasSize(3).containsExactlyInAnyOrderElementsOf(orders);
        assertThat(backwards).containsExactlyElementsOf(forwards);
    }

    @Test
    void theCountsFollowTheFilter() {
        // given
        jdbc.update("UPDATE oms_order SET ship_country = 'FR' WHERE id = ?", orders.get(0));

        // when
        JsonNode french = clerk.ok(clerk.get("/api/v1/orders/counts?" + mine + "&country=FR"));
        JsonNode everyStatus = clerk.ok(clerk.get("/api/v1/orders/counts?" + mine + "&status=SHIPPED"));

        // then
        assertThat(french.get("PENDING_AUDIT").asLong()).isEqualTo(1);
        assertThat(everyStatus.get("PENDING_AUDIT").asLong())
                .as("a tab's counts are those of every status")
                .isEqualTo(3);
    }

    @Test
    void aBadValueIsRefusedWithAProblemNamingItsParameter() {
        // given
        String otherSort = clerk.ok(clerk.get("/api/v1/orders?" + mine + "&size=1&sort=shipBy"))
                .get("next")
                .asString();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("country=USA", "country");
        refused.put("shopId=shop", "shopId");
        refused.put("logisticsMethodId=1.5", "logisticsMethodId");
        refused.put("createdFrom=yesterday", "createdFrom");
        refused.put("createdTo=2026-02-30", "createdTo");
        refused.put("shipByBefore=2026-12-01T25:00:00Z", "shipByBefore");
        refused.put("sort=price", "sort");
        refused.put("block=SOMETHING", "block");
        refused.put("after=not-a-token", "after");
        refused.put("before=bm90LWEtdG9rZW4", "before");
        refused.put("size=1&after=" + otherSort, "after");
        refused.put("after=" + otherSort + "&before=" + otherSort + "&sort=shipBy", "before");

        refused.forEach((query, field) -> {
            // when
            ApiClient.Answer answer = clerk.get("/api/v1/orders?" + query);

            // then
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body().get("field").asString()).as(query).isEqualTo(field);
        });
        assertThat(clerk.get("/api/v1/orders?sort=price").body().get("detail").asString())
                .contains("-createdAt");
        assertThat(clerk.get("/api/v1/orders/counts?country=1").status()).isEqualTo(400);
    }

    private static String text(JsonNode page, String field) {
        return page.get(field).asString();
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
