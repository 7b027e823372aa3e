package io.junction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input, as a probe sent it: each answered with a 4xx problem that names what to fix, and
 * nothing changed.
 */
class BadInputApiTest extends DemoAmazonShopApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;

    /**
     * An order id sent as a fraction (as 1.5 would name order 1) or as a string with spaces: {@code %d} stands for
     * the id.
     */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"%d.5", "\" %d \""})
    void anOrderIdThatIsNotAWholeNumberIsRefusedNamingTheFieldAndHoldsNothing(String idAsSent) {
        // given an order waiting for review
        long id = newOrder();

        // when a hold names it so
        ApiClient.Answer answer = clerk.post(
                "/api/v1/orders/actions/hold", "{\"orderIds\":[" + idAsSent.formatted(id) + "],\"reason\":\"x\"}");

        // then
        assertProblem(answer, 400);
        assertThat(answer.body().get("field").asString()).isEqualTo("orderIds[0]");
        assertThat(status(id)).isEqualTo("PENDING_AUDIT");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        // given
        long id = newOrder();

        // when
        ApiClient.Answer answer = clerk.post(
                "/api/v1/orders/actions/hold",
                "{\"orderIds\":[" + id + "],\"reason\":\"x\",\"orderIds\":[" + id + "]}");

        // then
        assertProblem(answer, 400);
        assertThat(answer.body().get("field").asString()).isEqualTo("orderIds");
        assertThat(answer.body().get("detail").asString()).contains("orderIds");
        assertThat(status(id)).isEqualTo("PENDING_AUDIT");
    }

    @Test
    void aPageBatchActionWithABlankIdChangesNoOrder() {
        // given two orders waiting for review, and a clerk on the order page
        long first = newOrder();
        long second = newOrder();
        PageClient page = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        page.get("/orders");

        // when the audit is sent for "first,,second"
        PageClient.Answer answer = page.post("/orders/actions/audit", "orderIds=" + first + ",," + second);

        // then it is refused, and neither order moved
        assertThat(answer.status()).isEqualTo(400);
        assertThat(status(first)).isEqualTo("PENDING_AUDIT");
        assertThat(status(second)).isEqualTo("PENDING_AUDIT");
    }

    @Test
    void aPageFormAboveOneMegabyteIsRefusedAndChangesNoOrder() {
        // given an order waiting for review, and a clerk on the order page
        long id = newOrder();
        PageClient page = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        page.get("/orders");

        // when its review comes with one and a half megabytes of padding
        PageClient.Answer answer =
                page.post("/orders/actions/audit", "orderIds=" + id + "&pad=" + "x".repeat(3 * 512 * 1024));

        // then
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(status(id)).isEqualTo("PENDING_AUDIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "page=2147483647, page",
        "page=-1, page",
        "size=0, size",
        "size=501, size",
        "size=-5, size",
        "page=x, page",
        "status=FOO, status"
    })
    void pagesAndSizesOutsideTheirRangeAreRefusedNamingTheParameter(String query, String field) {
        // when
        ApiClient.Answer answer = clerk.get("/api/v1/orders?" + query);

        // then
        assertProblem(answer, 400);
        assertThat(answer.body().get("field").asString()).as(query).isEqualTo(field);
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheStatusesThereAre() {
        assertThat(clerk.get("/api/v1/orders?status=FOO").body().get("detail").asString())
                .contains("PENDING_AUDIT");
    }

    @Test
    void labelsForABlankOrderIdAreRefused() {
        // when
        ApiClient.Answer answer = clerk.get("/api/v1/labels?orderIds=1,,2");

        // then
        assertProblem(answer, 400);
        assertThat(answer.body().get("field").asString()).isEqualTo("orderIds");
    }

    @Test
    void aJsonBodyAboveOneMegabyteIsRefusedUnreadWhetherItsLengthIsGivenOrNot() {
        // given a hold with two megabytes of reason
        String huge = "{\"orderIds\":[1],\"reason\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        // when it says its length
        ApiClient.Answer sized = clerk.post("/api/v1/orders/actions/hold", huge);

        // then
        assertProblem(sized, 413);
        assertThat(sized.body().get("detail").asString()).contains("1 MB");

        // when it comes in chunks
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        PageClient.Answer chunked = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD)
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/orders/actions/hold"))
                        .header("Content-Type", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("clerk:" + ApiClient.PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                        .build());

        // then
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.html()).contains("\"status\":413");
    }

    @Test
    void aShopIsRefusedWithAReasonForEachOfTheProbesInputs() {
        Map<String, Map<String, Object>> probes = new LinkedHashMap<>();
        probes.put("marketplaceIds", with("marketplaceIds", Collections.nCopies(100, "ATVPDKIKX0DER")));
        Map<String, String> manyKeys = new HashMap<>(amazon.credentials());
        for (int i = 0; i < 10_000; i++) {
            manyKeys.put("key" + i, "v");
        }
        probes.put("credentials", with("credentials", manyKeys));
        Map<String, String> hugeValue = new HashMap<>(amazon.credentials());
        hugeValue.put("clientSecret", "s".repeat(100_000));
        probes.put("credentials ", with("credentials", hugeValue));
        probes.put("endpoint", with("endpoint", "http://sellingpartnerapi-na.amazon.com"));
        probes.put("name", with("name", "Forged\r\n2026-12-06T00:00:00Z  INFO 1 --- [main] x : admin signed in"));
        probes.forEach((field, shop) -> {
            // when
            ApiClient.Answer answer = admin.post("/api/v1/shops", json(shop));

            // then
            assertProblem(answer, 400);
            assertThat(answer.body().get("problems").get(0).get("field").asString())
                    .as(field)
                    .isEqualTo(field.strip());
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chn_shop WHERE name LIKE 'Probe %'", Long.class))
                .isZero();
    }

    @Test
    void aBackfillFromYearOneOrEndingBeforeItStartsIsRefused() {
        // when
        ApiClient.Answer yearOne = admin.post(
                "/api/v1/shops/" + shopId + "/backfill",
                "{\"from\":\"0001-01-01T00:00:00Z\",\"to\":\"" + Instant.now().minus(Duration.ofHours(1)) + "\"}");
        ApiClient.Answer backwards = admin.post(
                "/api/v1/shops/" + shopId + "/backfill",
                "{\"from\":\"" + Instant.now().minus(Duration.ofHours(1)) + "\",\"to\":\""
                        + Instant.now().minus(Duration.ofDays(2)) + "\"}");

        // then
        assertProblem(yearOne, 400);
        assertThat(yearOne.body().get("detail").asString()).contains("keeps orders for 730 days");
        assertProblem(backwards, 400);
        assertThat(backwards.body().get("detail").asString()).contains("\"from\" before \"to\"");
        assertThat(admin.ok(admin.get("/api/v1/shops/" + shopId + "/backfills")))
                .isEmpty();
    }

    private Map<String, Object> with(String key, Object value) {
        Map<String, Object> shop = new LinkedHashMap<>();
        shop.put("platform", "AMAZON");
        shop.put("name", "Probe " + System.nanoTime());
        shop.put("endpoint", amazon.baseUrl());
        shop.put("authEndpoint", amazon.tokenUrl());
        shop.put("credentials", amazon.credentials());
        shop.put("marketplaceIds", List.of(amazon.marketplaceId()));
        shop.put(key, value);
        return shop;
    }

    private static void assertProblem(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("title").asString()).isNotBlank();
        assertThat(answer.text()).doesNotContain("Exception", "tools.jackson", "at io.junction");
    }

    /** A new order on the demo Amazon shop, synced: PENDING_AUDIT. */
    private long newOrder() {
        String amazonId = amazon.placeOrders(1, Instant.now().minus(Duration.ofMinutes(10)))
                .get(0);
        JsonNode sync = clerk.syncNow(shopId);
        assertThat(sync.get("error").isNull()).as("sync: %s", sync).isTrue();
        return jdbc.queryForObject(
                "SELECT id FROM oms_order WHERE shop_id = ? AND platform_order_id = ?", Long.class, shopId, amazonId);
    }

    private String status(long id) {
        return clerk.ok(clerk.get("/api/v1/orders/" + id))
                .get("order")
                .get("status")
                .asString();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
