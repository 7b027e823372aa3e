package io.junction.carriers.yanwen.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.CarrierFixtures;
import io.junction.carriers.kit.Md5;
import io.junction.connectors.kit.MutableClock;
import java.io.IOException;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the Yanwen simulator does beyond the carrier contract: its gate, five products, and lists of numbers. */
class YanwenSimulatorTest {

    private static final String ORDER =
            "{\"channelId\":\"481\",\"orderNumber\":\"%s\",\"receiverInfo\":{\"name\":\"Anna\","
                    + "\"country\":\"DE\",\"city\":\"Berlin\",\"zipCode\":\"10115\",\"address\":\"Invalidenstraße 117\"},"
                    + "\"parcelInfo\":{\"hasBattery\":0,\"currency\":\"EUR\",\"totalPrice\":12.5,\"totalQuantity\":%d,"
                    + "\"totalWeight\":450,\"productList\":[%s]}}";
    private static final String PRODUCT = "{\"goodsNameEn\":\"Mug\",\"price\":12.5,\"quantity\":1,\"weight\":450}";

    private final OkHttpClient http = new OkHttpClient();
    private YanwenSimulator yanwen;

    @BeforeEach
    void start() {
        yanwen = new YanwenSimulator("100000", "token", 0, new MutableClock(Instant.parse("2026-12-01T02:00:00Z")))
                .start();
    }

    @AfterEach
    void stop() {
        yanwen.stop();
    }

    private JsonNode call(String userId, String token, String method, String body) throws IOException {
        String ts = String.valueOf(System.currentTimeMillis());
        HttpUrl url = HttpUrl.parse(yanwen.baseUrl())
                .newBuilder()
                .addQueryParameter("user_id", userId)
                .addQueryParameter("method", method)
                .addQueryParameter("format", "json")
                .addQueryParameter("timestamp", ts)
                .addQueryParameter("sign", Md5.hex(token + userId + body + "json" + method + ts + "V1.0" + token))
                .addQueryParameter("version", "V1.0")
                .build();
        return CarrierFixtures.postJson(http, url, body);
    }

    private static String order(String number, int products) {
        return String.format(
                ORDER, number, products, String.join(",", java.util.Collections.nCopies(products, PRODUCT)));
    }

    @Test
    void refusesAnUnknownUserAndABadSignatureEachWithItsOwnError() throws IOException {
        assertThat(call("999", "token", "express.order.create", order("JX-1", 1))
                        .get("code")
                        .asString())
                .isEqualTo("401");
        assertThat(call("100000", "wrong", "express.order.create", order("JX-1", 1))
                        .get("code")
                        .asString())
                .isEqualTo("403");
        assertThat(yanwen.orders()).isEmpty();
    }

    @Test
    void refusesMoreThanFiveProducts() throws IOException {
        JsonNode refused = call("100000", "token", "express.order.create", order("JX-6", 6));
        assertThat(refused.get("success").asBoolean()).isFalse();
        assertThat(refused.get("message").asString()).contains("at most 5");
    }

    @Test
    void aListOfSeveralNumbersAnswersTheOnesItHolds() throws IOException {
        // given
        call("100000", "token", "express.order.create", order("JX-1", 1));
        call("100000", "token", "express.order.create", order("JX-2", 2));

        // when
        JsonNode found =
                call("100000", "token", "express.order.getlist", "{\"listNumber\":[\"JX-1\",\"JX-404\",\"JX-2\"]}");

        // then
        assertThat(found.get("success").asBoolean()).isTrue();
        assertThat(found.get("data")).hasSize(2);
        assertThat(found.get("data").get(0).get("status").asInt()).isZero();
    }
}
