package io.junction.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.amazon.simulator.AmazonSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Shop, back-fill, quarantine and label refusals read in the caller's language ({@code Accept-Language}
 * zh-CN or en), each with its stable code beside it, never as English alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusalLanguagesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AmazonSimulator amazon;

    ApiClient adminZh;
    ApiClient adminEn;

    @BeforeEach
    void signIn() {
        adminZh = new ApiClient(port, "admin", ApiClient.PASSWORD, new ArrayList<>(), "zh-CN");
        adminEn = new ApiClient(port, "admin", ApiClient.PASSWORD, new ArrayList<>(), "en");
    }

    @Test
    void aRefusedShopIsExplainedInChineseOrEnglishWithEachReasonsCode() {
        // given a shop with a blank name and an endpoint in clear text to another machine
        String shop = "{\"platform\":\"AMAZON\",\"name\":\" \",\"endpoint\":\"http://sp.example.com\","
                + "\"credentials\":{\"clientId\":\"a\",\"clientSecret\":\"b\",\"refreshToken\":\"c\"}}";

        // when
        ApiClient.Answer zh = adminZh.post("/api/v1/shops", shop);
        ApiClient.Answer en = adminEn.post("/api/v1/shops", shop);

        // then
        assertThat(zh.status()).as(zh.text()).isEqualTo(400);
        assertThat(zh.body().get("title").asString()).isEqualTo("店铺被拒绝");
        assertThat(reasons(zh.body())).containsExactly("名称不能为空", "接口地址必须使用 https；http 仅限本机（localhost、127.0.0.1、[::1]）");
        assertThat(zh.body().get("detail").asString()).startsWith("名称不能为空; ");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body().get("title").asString()).isEqualTo("Shop refused");
        assertThat(reasons(en.body()))
                .containsExactly(
                        "name must not be blank",
                        "endpoint must use https; plain http is only for this machine (localhost, 127.0.0.1, [::1])");
        for (ApiClient.Answer answer : List.of(zh, en)) {
            assertThat(answer.body().get("problems").get(0).get("field").asString())
                    .isEqualTo("name");
            assertThat(answer.body().get("problems").get(0).get("code").asString())
                    .isEqualTo("shop-name-blank");
            assertThat(answer.body().get("problems").get(1).get("code").asString())
                    .isEqualTo("shop-url-not-https");
        }
    }

    @Test
    void aDuplicateShopNameIsAConflictTitledInTheCallersLanguage() {
        // given
        String name = "Twin " + System.nanoTime();
        String shop = "{\"platform\":\"AMAZON\",\"name\":\"" + name + "\",\"endpoint\":\"" + amazon.baseUrl() + "\","
                + "\"credentials\":{\"clientId\":\"a\",\"clientSecret\":\"b\",\"refreshToken\":\"c\"}}";
        adminEn.ok(adminEn.post("/api/v1/shops", shop));

        // when
        ApiClient.Answer zh = adminZh.post("/api/v1/shops", shop);

        // then
        assertThat(zh.status()).isEqualTo(409);
        assertThat(zh.body().get("title").asString()).isEqualTo("店铺已存在");
        assertThat(reasons(zh.body())).containsExactly("已有名为“" + name + "”的 AMAZON 店铺");
    }

    @Test
    void aBackfillFromAfterToIsRefusedInChineseOrEnglish() {
        // given
        long shopId = adminEn.demoAmazonShop(amazon.baseUrl());
        String backwards = "{\"from\":\"" + Instant.now().minus(Duration.ofDays(1)) + "\",\"to\":\""
                + Instant.now().minus(Duration.ofDays(2)) + "\"}";

        // when
        ApiClient.Answer zh = adminZh.post("/api/v1/shops/" + shopId + "/backfill", backwards);
        ApiClient.Answer en = adminEn.post("/api/v1/shops/" + shopId + "/backfill", backwards);

        // then
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.body().get("detail").asString()).isEqualTo("补拉需要 \"from\" 早于 \"to\"，均为 ISO-8601 时间");
        assertThat(zh.body().get("code").asString()).isEqualTo("backfill-from-after-to");
        assertThat(en.body().get("detail").asString())
                .isEqualTo("A back-fill needs \"from\" before \"to\", as ISO-8601 instants");
    }

    @Test
    void aBackfillOlderThanThePlatformKeepsIsRefusedInChinese() {
        // given
        long shopId = adminEn.demoAmazonShop(amazon.baseUrl());
        String yearOne =
                "{\"from\":\"0001-01-01T00:00:00Z\",\"to\":\"" + Instant.now().minus(Duration.ofDays(2)) + "\"}";

        // when
        ApiClient.Answer zh = adminZh.post("/api/v1/shops/" + shopId + "/backfill", yearOne);

        // then
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.body().get("detail").asString()).startsWith("AMAZON 只保留 730 天的订单；\"from\" 不能早于 ");
        assertThat(zh.body().get("code").asString()).isEqualTo("backfill-from-too-early");
    }

    @Test
    void quarantineRefusalsAndRetryOutcomesReadInChineseOrEnglish() {
        // given a malformed Amazon order in quarantine
        long shopId = adminEn.demoAmazonShop(amazon.baseUrl());
        String malformed = amazon.placeMalformedOrder(Instant.now().minus(Duration.ofMinutes(10)));
        adminEn.syncNow(shopId);
        long entryId = StreamSupport.stream(
                        adminEn.ok(adminEn.get("/api/v1/quarantine?status=OPEN&shopId=" + shopId))
                                .spliterator(),
                        false)
                .filter(q -> malformed.equals(q.get("platformOrderId").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();

        // when it is retried while still unreadable, dismissed without a reason, dismissed, then retried
        JsonNode still = adminZh.ok(adminZh.post("/api/v1/quarantine/" + entryId + "/retry", null));
        ApiClient.Answer noNote = adminZh.post("/api/v1/quarantine/" + entryId + "/dismiss", "{\"note\":\" \"}");
        adminZh.ok(adminZh.post("/api/v1/quarantine/" + entryId + "/dismiss", "{\"note\":\"test order\"}"));
        ApiClient.Answer zh = adminZh.post("/api/v1/quarantine/" + entryId + "/retry", null);
        ApiClient.Answer en = adminEn.post("/api/v1/quarantine/" + entryId + "/retry", null);
        JsonNode batch = adminZh.ok(adminZh.post("/api/v1/quarantine/retry", "{\"ids\":[" + entryId + "]}"));

        // then each says so in the caller's language
        assertThat(still.get("outcome").asString()).startsWith("仍无法读取：");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body().get("detail").asString()).isEqualTo("请用不超过 1000 个字说明隔离订单 " + entryId + " 为何不需要订单");
        assertThat(zh.status()).isEqualTo(409);
        assertThat(zh.body().get("title").asString()).isEqualTo("隔离操作被拒绝");
        assertThat(zh.body().get("detail").asString()).isEqualTo("隔离订单 " + entryId + " 已是“已忽略”：无需重试");
        assertThat(zh.body().get("code").asString()).isEqualTo("quarantine-settled");
        assertThat(en.body().get("title").asString()).isEqualTo("Quarantine action refused");
        assertThat(en.body().get("detail").asString())
                .isEqualTo("quarantined order " + entryId + " is Dismissed: nothing to retry");
        assertThat(batch.get("refused").get(0).get("reason").asString()).isEqualTo("隔离订单 " + entryId + " 已是“已忽略”：无需重试");
        assertThat(batch.get("refused").get(0).get("code").asString()).isEqualTo("quarantine-settled");
    }

    @Test
    void labelsOfAnOrderThatDoesNotExistAreRefusedInChineseOrEnglish() {
        // when
        ApiClient.Answer zh = adminZh.post("/api/v1/labels", "{\"orderIds\":[987654321]}");
        ApiClient.Answer en = adminEn.post("/api/v1/labels", "{\"orderIds\":[987654321]}");

        // then
        assertThat(zh.status()).as(zh.text()).isEqualTo(409);
        assertThat(zh.body().get("title").asString()).isEqualTo("无法打印面单");
        assertThat(zh.body().get("problems").get(0).asString()).isEqualTo("订单 987654321：没有此订单");
        assertThat(zh.body().get("detail").asString()).isEqualTo("无法打印这些面单：订单 987654321：没有此订单");
        assertThat(zh.body().get("codes").get(0).asString()).isEqualTo("label-no-such-order");
        assertThat(en.body().get("problems").get(0).asString()).isEqualTo("order 987654321: no such order");
    }

    private static List<String> reasons(JsonNode problem) {
        List<String> reasons = new ArrayList<>();
        problem.get("problems").forEach(p -> reasons.add(p.get("reason").asString()));
        return reasons;
    }
}
