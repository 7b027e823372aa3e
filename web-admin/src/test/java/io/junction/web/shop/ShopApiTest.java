package io.junction.web.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.sync.SyncClaims;
import io.junction.sync.SyncService;
import io.junction.web.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shops through the REST API, as an admin sets them up: added, listed, read, changed, disabled and
 * enabled; every bad input refused with a problem that changes nothing; credentials encrypted at rest
 * and never answered or logged; a new shop's first sync reading the marketplace's recent orders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ShopApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AmazonSimulator amazon;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SyncService syncService;

    @Autowired
    SyncClaims claims;

    List<String> answers;
    ApiClient admin;
    ApiClient clerk;

    @BeforeEach
    void signIn() {
        answers = new ArrayList<>();
        admin = new ApiClient(port, "admin", ApiClient.PASSWORD, answers);
        clerk = new ApiClient(port, "clerk", ApiClient.PASSWORD, answers);
    }

    @Test
    void anAdminAddsListsReadsChangesDisablesAndEnablesAShop() {
        // given
        Map<String, Object> shop = amazonShop(unique("Lifecycle"));

        // when it is added
        ApiClient.Answer created = admin.post("/api/v1/shops", json(shop));

        // then it is there, enabled, without credentials
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("platform").asString()).isEqualTo("AMAZON");
        assertThat(created.body().get("enabled").asBoolean()).isTrue();
        assertThat(created.body().has("credentials")).isFalse();
        assertThat(ids(clerk.ok(clerk.get("/api/v1/shops")))).contains(id);
        assertThat(clerk.ok(clerk.get("/api/v1/shops/" + id)).get("name").asString())
                .isEqualTo(shop.get("name"));

        // when it is renamed and moved, credentials not given
        String storedBefore = storedCredentials(id);
        Map<String, Object> change = new HashMap<>(shop);
        change.remove("platform");
        change.remove("credentials");
        change.put("name", shop.get("name") + " renamed");
        change.put("marketplaceIds", List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"));
        JsonNode updated = admin.ok(admin.put("/api/v1/shops/" + id, json(change)));

        // then the change is kept and the stored credentials are untouched
        assertThat(updated.get("name").asString()).endsWith(" renamed");
        assertThat(updated.get("marketplaceIds")).hasSize(2);
        assertThat(storedCredentials(id)).isEqualTo(storedBefore);

        // when it is disabled
        JsonNode disabled = admin.ok(admin.post("/api/v1/shops/" + id + "/disable", null));

        // then it is refused a sync and says so in its status
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        ApiClient.Answer refused = clerk.post("/api/v1/shops/" + id + "/sync", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asString()).isEqualTo("shop " + id + " is disabled: enable it to sync");
        JsonNode status = clerk.ok(clerk.get("/api/v1/shops/" + id + "/sync-status"));
        assertThat(status.get("enabled").asBoolean()).isFalse();
        assertThat(status.get("lastRunAt").isNull()).isTrue();

        // when it is enabled again
        JsonNode enabled = admin.ok(admin.post("/api/v1/shops/" + id + "/enable", null));

        // then it syncs
        assertThat(enabled.get("enabled").asBoolean()).isTrue();
        JsonNode sync = clerk.syncNow(id);
        assertThat(sync.get("error").isNull()).as("sync: %s", sync).isTrue();
    }

    @Test
    void syncNowWhileARunHoldsTheShopAnswers409WithWhereSinceAndUntilWhenAndTheStatusShowsIt() {
        // given a shop whose sync is running on this node: a run of this process holds its claim
        long id = admin.ok(admin.post("/api/v1/shops", json(amazonShop(unique("Busy")))))
                .get("id")
                .asLong();
        syncService.state(id);
        SyncClaims.Claim run = (SyncClaims.Claim) claims.claim(id);
        Instant since = syncService.state(id).holder().since(); // as stored: to the millisecond
        Instant until = syncService.state(id).holder().until();

        try {
            // when a clerk asks it to sync now
            ApiClient.Answer refused = clerk.post("/api/v1/shops/" + id + "/sync", null);

            // then it is refused with who holds it, since and until when, and nothing ran
            assertThat(refused.status()).as(refused.text()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("detail").asString()).contains("already running on node " + claims.node());
            ApiClient.Answer refusedZh = new ApiClient(port, "clerk", ApiClient.PASSWORD, answers, "zh-CN")
                    .post("/api/v1/shops/" + id + "/sync", null);
            assertThat(refusedZh.body().get("title").asString()).isEqualTo("同步被拒绝");
            assertThat(refusedZh.body().get("detail").asString()).startsWith("该店铺正在同步：节点 " + claims.node());
            assertThat(refused.body().get("runningOn").asString()).isEqualTo(claims.node());
            assertThat(Instant.parse(refused.body().get("runningSince").asString()))
                    .isEqualTo(since);
            assertThat(Instant.parse(refused.body().get("leaseUntil").asString()))
                    .isEqualTo(until);

            // and its sync status shows the run
            JsonNode status = clerk.ok(clerk.get("/api/v1/shops/" + id + "/sync-status"));
            assertThat(status.get("runningOn").asString()).isEqualTo(claims.node());
            assertThat(Instant.parse(status.get("runningSince").asString())).isEqualTo(since);
            assertThat(Instant.parse(status.get("leaseUntil").asString())).isEqualTo(until);
        } finally {
            claims.release(run);
        }
    }

    @Test
    void aNewShopsFirstSyncPullsTheMarketplacesRecentOrders() {
        // given orders placed on the marketplace over the last days
        List<String> placed =
                new ArrayList<>(amazon.placeOrders(2, Instant.now().minus(Duration.ofDays(3))));
        placed.addAll(amazon.placeOrders(1, Instant.now().minus(Duration.ofMinutes(10))));
        long id = admin.ok(admin.post("/api/v1/shops", json(amazonShop(unique("First sync")))))
                .get("id")
                .asLong();
        JsonNode before = clerk.ok(clerk.get("/api/v1/shops/" + id + "/sync-status"));

        // when the shop syncs for the first time
        JsonNode sync = clerk.syncNow(id);

        // then it read back the default seven days and took every one of them
        assertThat(before.get("watermark").isNull()).isTrue();
        assertThat(before.get("lagSeconds").isNull()).isTrue();
        assertThat(sync.get("error").isNull()).as("sync: %s", sync).isTrue();
        assertThat(Duration.between(Instant.parse(sync.get("from").asString()), Instant.now()))
                .isBetween(
                        Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7).plusMinutes(1));
        // each looked up by its number: the simulator holds other tests' recent orders too, more than a page
        List<String> synced = new ArrayList<>();
        for (String p : placed) {
            clerk.ok(clerk.get("/api/v1/orders?shopId=" + id + "&q=" + p))
                    .get("items")
                    .forEach(o -> synced.add(o.get("platformOrderId").asString()));
        }
        assertThat(synced).containsAll(placed);

        // and its sync health says so
        JsonNode status = clerk.ok(clerk.get("/api/v1/shops/" + id + "/sync-status"));
        assertThat(status.get("shopId").asLong()).isEqualTo(id);
        assertThat(status.get("platform").asString()).isEqualTo("AMAZON");
        assertThat(status.get("enabled").asBoolean()).isTrue();
        assertThat(status.get("watermark").isNull()).isFalse();
        assertThat(status.get("lagSeconds").asLong()).isBetween(0L, 600L);
        assertThat(status.get("lastSuccessAt").isNull()).isFalse();
        assertThat(status.get("lastRunAt").isNull()).isFalse();
        assertThat(status.get("ordersSeen").asLong()).isGreaterThanOrEqualTo(placed.size());
        assertThat(status.get("lastError").isNull()).isTrue();
        assertThat(status.get("throttled").asBoolean()).isFalse();
        assertThat(status.has("nextRunAt")).isTrue();
    }

    @Test
    void aThrottledSyncShowsInTheSyncStatusUntilARunSucceeds() {
        // given a new shop whose marketplace keeps answering 429
        long id = admin.ok(admin.post("/api/v1/shops", json(amazonShop(unique("Throttled")))))
                .get("id")
                .asLong();
        amazon.failsNext(429, 4);

        // when it syncs
        JsonNode sync = clerk.syncNow(id);

        // then the run failed as throttled and its status says so, with no watermark yet
        assertThat(sync.get("error").asString()).startsWith("THROTTLED");
        JsonNode status = clerk.ok(clerk.get("/api/v1/shops/" + id + "/sync-status"));
        assertThat(status.get("throttled").asBoolean()).isTrue();
        assertThat(status.get("lastError").asString()).startsWith("THROTTLED");
        assertThat(status.get("watermark").isNull()).isTrue();
        assertThat(status.get("lagSeconds").isNull()).isTrue();
        assertThat(status.get("lastSuccessAt").isNull()).isTrue();

        // when the next run succeeds
        assertThat(clerk.syncNow(id).get("error").isNull()).isTrue();

        // then the shop is healthy again
        JsonNode healthy = clerk.ok(clerk.get("/api/v1/shops/" + id + "/sync-status"));
        assertThat(healthy.get("throttled").asBoolean()).isFalse();
        assertThat(healthy.get("lastError").isNull()).isTrue();
        assertThat(healthy.get("lastFailureAt").isNull()).isFalse();
    }

    @Test
    void credentialsAreEncryptedAtRestAndNeverAnsweredOrLogged(CapturedOutput output) {
        // given
        String secret = "s3cret-" + System.nanoTime();
        Map<String, Object> shop = amazonShop(unique("Secret"));
        shop.put(
                "credentials",
                Map.of("clientId", "id-" + secret, "clientSecret", "cs-" + secret, "refreshToken", "rt-" + secret));

        // when the shop is added, read, listed, changed (new credentials), refused and synced
        long id = admin.ok(admin.post("/api/v1/shops", json(shop))).get("id").asLong();
        admin.get("/api/v1/shops/" + id);
        clerk.get("/api/v1/shops");
        Map<String, Object> change = new HashMap<>(shop);
        change.put(
                "credentials",
                Map.of("clientId", "id2-" + secret, "clientSecret", "cs2-" + secret, "refreshToken", "rt2-" + secret));
        admin.ok(admin.put("/api/v1/shops/" + id, json(change)));
        change.put("credentials", Map.of("clientId", "id3-" + secret));
        assertThat(admin.put("/api/v1/shops/" + id, json(change)).status()).isEqualTo(400);
        clerk.post("/api/v1/shops/" + id + "/sync", null);
        clerk.get("/api/v1/shops/" + id + "/sync-status");

        // then the stored column is ciphertext, not the credentials as JSON
        String stored = storedCredentials(id);
        assertThat(stored)
                .startsWith("v1:")
                .doesNotContain(secret)
                .doesNotContain("clientSecret")
                .doesNotContain("{");

        // and no answer and no log line holds a secret
        assertThat(answers)
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(raw -> assertThat(raw).doesNotContain(secret));
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void anUnknownPlatformIsRefused() {
        ApiClient.Answer answer = refusedWithoutChange(
                withEntry(amazonShop(unique("Ebay")), "platform", "EBAY"),
                400,
                "platform",
                "unknown platform 'EBAY': Junction has connectors for ");
        assertThat(answer.body().get("detail").asString())
                .contains("AMAZON")
                .contains("JD")
                .contains("TAOBAO");
    }

    @Test
    void missingCredentialKeysAreRefusedNamingEachKeyButNoValue() {
        String value = "only-" + System.nanoTime();
        ApiClient.Answer answer = refusedWithoutChange(
                withEntry(amazonShop(unique("Keys")), "credentials", Map.of("clientId", value, "clientSecret", " ")),
                400,
                "credentials",
                "credentials lack clientSecret, refreshToken (AMAZON needs clientId, clientSecret, refreshToken)");
        assertThat(answer.text()).doesNotContain(value);
    }

    @Test
    void eachPlatformAsksForItsOwnCredentialKeys() {
        Map<String, Object> taobao = withEntry(
                withEntry(amazonShop(unique("Taobao")), "platform", "TAOBAO"), "credentials", Map.of("appKey", "k"));
        refusedWithoutChange(
                taobao,
                400,
                "credentials",
                "credentials lack appSecret, session (TAOBAO needs appKey, appSecret, session)");
        Map<String, Object> jd =
                withEntry(withEntry(amazonShop(unique("JD")), "platform", "JD"), "credentials", Map.of());
        refusedWithoutChange(
                jd,
                400,
                "credentials",
                "credentials lack appKey, appSecret, accessToken (JD needs appKey, appSecret, accessToken)");
    }

    @Test
    void aBlankNameIsRefused() {
        refusedWithoutChange(withEntry(amazonShop("x"), "name", "   "), 400, "name", "name must not be blank");
    }

    @Test
    void anEndpointThatIsNotAnAbsoluteHttpUrlIsRefused() {
        for (String endpoint : List.of("ftp://example.com/api", "/api/v1", "not a url", "https://")) {
            refusedWithoutChange(
                    withEntry(amazonShop(unique("Endpoint")), "endpoint", endpoint),
                    400,
                    "endpoint",
                    "endpoint must be an absolute http(s) URL, e.g. https://sellingpartnerapi-na.amazon.com");
        }
        refusedWithoutChange(
                withEntry(amazonShop(unique("Auth")), "authEndpoint", "token-endpoint"),
                400,
                "authEndpoint",
                "authEndpoint must be an absolute http(s) URL, e.g. https://sellingpartnerapi-na.amazon.com");
    }

    @Test
    void aSecondShopWithTheSameNameOnTheSamePlatformIsAConflict() {
        // given
        String name = unique("Twin");
        admin.ok(admin.post("/api/v1/shops", json(amazonShop(name))));

        // when / then
        ApiClient.Answer answer = refusedWithoutChange(
                amazonShop(name), 409, "name", "a AMAZON shop named '" + name + "' already exists");
        assertThat(answer.body().get("title").asString()).isEqualTo("Shop already exists");
    }

    @Test
    void anUnknownLogisticsMethodIsRefused() {
        refusedWithoutChange(
                withEntry(amazonShop(unique("Method")), "defaultLogisticsMethodId", 987654321),
                400,
                "defaultLogisticsMethodId",
                "no logistics method 987654321");
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        Map<String, Object> shop =
                withEntry(withEntry(amazonShop(" "), "endpoint", "nowhere"), "credentials", Map.of());

        ApiClient.Answer answer = admin.post("/api/v1/shops", json(shop));

        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.body().get("problems").forEach(p -> fields.add(p.get("field").asString()));
        assertThat(fields).containsExactly("name", "endpoint", "credentials");
    }

    @Test
    void aRefusedChangeChangesNothing() {
        // given
        Map<String, Object> shop = amazonShop(unique("Unchanged"));
        long id = admin.ok(admin.post("/api/v1/shops", json(shop))).get("id").asLong();
        String storedBefore = storedCredentials(id);

        // when
        Map<String, Object> change =
                withEntry(withEntry(new HashMap<>(shop), "name", "renamed " + id), "endpoint", "ftp://x");
        ApiClient.Answer answer = admin.put("/api/v1/shops/" + id, json(change));

        // then
        assertThat(answer.status()).isEqualTo(400);
        JsonNode after = admin.ok(admin.get("/api/v1/shops/" + id));
        assertThat(after.get("name").asString()).isEqualTo(shop.get("name"));
        assertThat(after.get("endpoint").asString()).isEqualTo(shop.get("endpoint"));
        assertThat(storedCredentials(id)).isEqualTo(storedBefore);
    }

    @Test
    void aMissingShopIsNotFound() {
        ApiClient.Answer answer = admin.put("/api/v1/shops/987654321", json(amazonShop(unique("Ghost"))));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("detail").asString()).isEqualTo("No shop 987654321");
        assertThat(clerk.get("/api/v1/shops/987654321/sync-status").status()).isEqualTo(404);
    }

    @Test
    void aClerkReadsAndSyncsShopsButMayNotChangeThem() {
        // given
        long id = admin.ok(admin.post("/api/v1/shops", json(amazonShop(unique("Clerk")))))
                .get("id")
                .asLong();

        // when / then
        assertThat(clerk.post("/api/v1/shops", json(amazonShop(unique("By clerk"))))
                        .status())
                .isEqualTo(403);
        assertThat(clerk.put("/api/v1/shops/" + id, json(amazonShop(unique("By clerk"))))
                        .status())
                .isEqualTo(403);
        assertThat(clerk.post("/api/v1/shops/" + id + "/disable", null).status())
                .isEqualTo(403);
        assertThat(clerk.post("/api/v1/shops/" + id + "/enable", null).status()).isEqualTo(403);
        assertThat(clerk.get("/api/v1/shops/" + id).status()).isEqualTo(200);
        assertThat(clerk.get("/api/v1/shops/" + id + "/sync-status").status()).isEqualTo(200);
        assertThat(clerk.post("/api/v1/shops/" + id + "/sync", null).status()).isEqualTo(200);
        assertThat(ApiClient.packer(port).get("/api/v1/shops").status()).isEqualTo(403);
    }

    /** Posts the shop, expects the refusal with one problem on {@code field}, and checks no shop was added. */
    private ApiClient.Answer refusedWithoutChange(Map<String, Object> shop, int status, String field, String reason) {
        int shopsBefore = clerk.ok(clerk.get("/api/v1/shops")).size();

        ApiClient.Answer answer = admin.post("/api/v1/shops", json(shop));

        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asString()).startsWith(reason);
        assertThat(answer.body().get("problems")).hasSize(1);
        assertThat(answer.body().get("problems").get(0).get("field").asString()).isEqualTo(field);
        assertThat(clerk.ok(clerk.get("/api/v1/shops")).size()).isEqualTo(shopsBefore);
        return answer;
    }

    private Map<String, Object> amazonShop(String name) {
        Map<String, Object> shop = new LinkedHashMap<>();
        shop.put("platform", "AMAZON");
        shop.put("name", name);
        shop.put("endpoint", amazon.baseUrl());
        shop.put("authEndpoint", amazon.tokenUrl());
        shop.put("credentials", amazon.credentials());
        shop.put("marketplaceIds", List.of(amazon.marketplaceId()));
        return shop;
    }

    private static Map<String, Object> withEntry(Map<String, Object> shop, String key, Object value) {
        shop.put(key, value);
        return shop;
    }

    private String storedCredentials(long id) {
        return jdbc.queryForObject("SELECT credentials_enc FROM chn_shop WHERE id = ?", String.class, id);
    }

    private static List<Long> ids(JsonNode shops) {
        List<Long> ids = new ArrayList<>();
        shops.forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
