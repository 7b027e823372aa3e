package io.junction.connectors.taobao.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.kit.MutableClock;
import io.junction.connectors.taobao.TaobaoClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's own rules, spoken to in raw HTTP as any client would. */
class TaobaoSimulatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("GMT+8"));

    private final MutableClock clock = new MutableClock(NOW);
    private final OkHttpClient http = new OkHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private TaobaoSimulator simulator;

    @BeforeEach
    void start() {
        simulator = new TaobaoSimulator(clock).start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    /** A correctly signed call, with {@code tamper} applied to the form after signing. */
    private JsonNode call(String method, Map<String, String> business, Instant timestamp, boolean breakSignature) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("method", method);
        form.put("app_key", simulator.credentials().get("appKey"));
        form.put("session", simulator.credentials().get("session"));
        form.put("timestamp", TIME.format(timestamp));
        form.put("format", "json");
        form.put("v", "2.0");
        form.put("sign_method", "md5");
        form.putAll(business);
        form.put("sign", TaobaoClient.sign(form, simulator.credentials().get("appSecret"), "md5"));
        if (breakSignature) {
            form.put("sign", "0".repeat(32));
        }
        FormBody.Builder body = new FormBody.Builder();
        form.forEach(body::add);
        try (Response response = http.newCall(new Request.Builder()
                        .url(simulator.baseUrl())
                        .post(body.build())
                        .build())
                .execute()) {
            assertThat(response.code()).isEqualTo(200);
            return json.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> list(Instant from, Instant to, int pageSize) {
        return Map.of(
                "fields",
                "tid,status,modified",
                "start_modified",
                TIME.format(from),
                "end_modified",
                TIME.format(to),
                "page_no",
                "1",
                "page_size",
                Integer.toString(pageSize));
    }

    @Test
    void aBadSignatureIsAnsweredWithTopsInvalidSignatureError() {
        // when
        JsonNode answer =
                call("taobao.trades.sold.increment.get", list(NOW.minus(Duration.ofHours(1)), NOW, 100), NOW, true);

        // then
        assertThat(answer.path("error_response").path("code").intValue()).isEqualTo(25);
        assertThat(answer.path("error_response").path("msg").stringValue()).isEqualTo("Invalid signature");
        assertThat(answer.path("error_response").path("request_id").isString()).isTrue();
    }

    @Test
    void aTimestampMoreThanTenMinutesOffIsRefused() {
        // when
        JsonNode answer = call(
                "taobao.trades.sold.increment.get",
                list(NOW.minus(Duration.ofHours(1)), NOW, 100),
                NOW.minus(Duration.ofMinutes(11)),
                false);

        // then
        assertThat(answer.path("error_response").path("code").intValue()).isEqualTo(31);
    }

    @Test
    void aWindowOfMoreThanOneDayAndAPageOfMoreThanAHundredAreRefused() {
        // when
        JsonNode tooLong = call(
                "taobao.trades.sold.increment.get",
                list(NOW.minus(Duration.ofDays(1)).minusSeconds(1), NOW, 100),
                NOW,
                false);
        JsonNode tooBig =
                call("taobao.trades.sold.increment.get", list(NOW.minus(Duration.ofHours(1)), NOW, 101), NOW, false);
        JsonNode oneDay =
                call("taobao.trades.sold.increment.get", list(NOW.minus(Duration.ofDays(1)), NOW, 100), NOW, false);

        // then
        assertThat(tooLong.path("error_response").path("sub_code").stringValue())
                .isEqualTo("isv.invalid-parameter:end_modified");
        assertThat(tooBig.path("error_response").path("sub_code").stringValue())
                .isEqualTo("isv.invalid-parameter:page_size");
        assertThat(oneDay.path("trades_sold_increment_get_response")
                        .path("total_results")
                        .intValue())
                .isZero();
    }

    @Test
    void theListIsSortedNewestModifiedFirstAndWithholdsTheFullInfoFields() {
        // given
        String older =
                simulator.placeOrders(1, NOW.minus(Duration.ofMinutes(20))).get(0);
        String newer =
                simulator.placeOrders(1, NOW.minus(Duration.ofMinutes(10))).get(0);
        Map<String, String> business = new LinkedHashMap<>(list(NOW.minus(Duration.ofHours(1)), NOW, 100));
        business.put("fields", "tid,status,modified,buyer_message,receiver_country");

        // when
        JsonNode answer = call("taobao.trades.sold.increment.get", business, NOW, false);

        // then
        JsonNode trades =
                answer.path("trades_sold_increment_get_response").path("trades").path("trade");
        assertThat(trades.get(0).path("tid").asString()).isEqualTo(newer);
        assertThat(trades.get(1).path("tid").asString()).isEqualTo(older);
        assertThat(trades.get(0).has("receiver_country")).isFalse();
        assertThat(trades.get(0).has("orders")).isFalse();
    }

    @Test
    void theQuotaAnswersAppCallLimitedWithTheBanLength() {
        // given
        simulator.callQuota(0.5, 1).rateLimited();

        // when
        JsonNode answer =
                call("taobao.trades.sold.increment.get", list(NOW.minus(Duration.ofHours(1)), NOW, 100), NOW, false);

        // then
        assertThat(answer.path("error_response").path("code").intValue()).isEqualTo(7);
        assertThat(answer.path("error_response").path("sub_msg").stringValue())
                .isEqualTo("This ban will last for 2 more seconds");
        assertThat(simulator.throttledRequests()).isEqualTo(1);
    }

    @Test
    void ordersGeneratedOverTimeAppearLazilyWithoutThreads() {
        // given
        simulator.generateOrdersEvery(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(30));

        // when
        JsonNode answer =
                call("taobao.trades.sold.increment.get", list(NOW, clock.instant(), 100), clock.instant(), false);

        // then
        assertThat(simulator.orderCount()).isEqualTo(30);
        assertThat(answer.path("trades_sold_increment_get_response")
                        .path("total_results")
                        .intValue())
                .isEqualTo(30);
    }
}
