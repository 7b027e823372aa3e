package io.junction.connectors.jd.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ShopAccess;
import io.junction.connectors.jd.JdClient;
import io.junction.connectors.jd.JdProperties;
import io.junction.connectors.jd.dto.JdCall;
import io.junction.connectors.kit.MutableClock;
import io.junction.ratelimit.CallQuota;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's own rules, spoken to through a signing client or raw HTTP. */
class JdSimulatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String SEARCH = "jingdong.pop.order.enSearch";

    private final MutableClock clock = new MutableClock(NOW);
    private final JsonMapper json = JsonMapper.builder().build();
    private JdSimulator simulator;
    private JdClient client;
    private ShopAccess shop;

    @BeforeEach
    void start() {
        simulator = new JdSimulator(clock).start();
        client = new JdClient(
                JdProperties.defaults().withRetry(1, Duration.ofMillis(1), Duration.ofMillis(1)),
                new OkHttpClient(),
                clock,
                CallQuota.unlimited());
        shop = simulator.shopAccess(1L, "JD");
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private JsonNode search(String paramJson) {
        return json.readTree(client.read(shop, new JdCall(SEARCH, paramJson)).body());
    }

    private JsonNode apiResult(JsonNode answer) {
        return answer.path("jingdong_pop_order_enSearch_responce")
                .path("searchorderinfo_result")
                .path("apiResult");
    }

    @Test
    void anUnsignedRequestIsRefusedWithJdsInvalidSignatureError() throws Exception {
        // given
        String url = simulator.baseUrl() + "?method=" + SEARCH + "&app_key="
                + simulator.credentials().get("appKey")
                + "&access_token=x&timestamp=2026-03-02%2018:00:00&v=2.0&sign=0000";

        // when
        JsonNode answer;
        try (Response response = new OkHttpClient()
                .newCall(new Request.Builder().url(url).get().build())
                .execute()) {
            answer = json.readTree(response.body().string());
        }

        // then
        assertThat(answer.path("error_response").path("code").asString()).isEqualTo("14");
        assertThat(answer.path("error_response").path("en_desc").asString()).isEqualTo("Invalid signature");
        assertThat(simulator.signatureFailures()).isEqualTo(1);
    }

    @Test
    void aWindowLongerThanOneMonthIsRefused() {
        // when
        JsonNode answer = search("{\"start_date\":\"2026-01-01 00:00:00\",\"end_date\":\"2026-02-01 00:00:01\"}");

        // then
        assertThat(apiResult(answer).path("success").asBoolean()).isFalse();
        assertThat(apiResult(answer).path("chineseErrCode").asString()).isEqualTo("查询时间跨度不能超过一个月");
    }

    @Test
    void aPageSizeAboveAHundredIsRefused() {
        // when
        JsonNode answer = search("{\"start_date\":\"2026-03-01 00:00:00\",\"end_date\":\"2026-03-02 00:00:00\","
                + "\"page_size\":\"101\"}");

        // then
        assertThat(apiResult(answer).path("englishErrCode").asString())
                .isEqualTo("page_size must be between 1 and 100");
    }

    @Test
    void anEmptiedQuotaAnswersJdsThrottlingError() {
        // given
        simulator.rateLimited();

        // when
        JsonNode answer = search("{}");

        // then
        assertThat(answer.path("error_response").path("code").asString()).isEqualTo("7");
        assertThat(simulator.throttledRequests()).isEqualTo(1);
    }

    @Test
    void generatedOrdersAndTheirLaterLifeAppearLazilyWhenARequestArrives() {
        // given
        simulator.generateOrdersEvery(Duration.ofMinutes(1));
        clock.advance(Duration.ofHours(4));

        // when
        search("{\"start_date\":\"2026-03-02 17:00:00\",\"end_date\":\"2026-03-02 22:00:00\"}");

        // then
        assertThat(simulator.orderCount()).isEqualTo(240);
    }

    @Test
    void theBacklogIsSpreadOverThePastWithChineseConsignees() {
        // given
        List<String> ids = simulator.seedBacklog(10, Duration.ofDays(10));

        // when
        JsonNode answer = search("{\"start_date\":\"2026-02-20 00:00:00\",\"end_date\":\"2026-03-02 18:00:00\","
                + "\"page_size\":\"100\"}");

        // then
        JsonNode result = answer.path("jingdong_pop_order_enSearch_responce").path("searchorderinfo_result");
        assertThat(result.path("orderTotal").asInt()).isEqualTo(10);
        assertThat(simulator.order(ids.get(0)).created()).isEqualTo(NOW.minus(Duration.ofDays(10)));
        assertThat(result.path("orderInfoList")
                        .get(0)
                        .path("consigneeInfo")
                        .path("fullAddress")
                        .asString())
                .isNotBlank();
    }
}
