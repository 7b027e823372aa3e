package io.junction.connectors.jd;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.junction.connectors.jd.JdTranslatorTest.confirmation;
import static io.junction.connectors.jd.JdTranslatorTest.fixture;
import static io.junction.connectors.jd.JdTranslatorTest.shop;
import static io.junction.connectors.kit.CallFailureAssertions.assertSentWithoutAnswer;
import static io.junction.connectors.kit.CallFailureAssertions.assertUnavailable;
import static io.junction.connectors.kit.TestCallSettings.fast;
import static io.junction.connectors.kit.TestCallSettings.impatient;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ShopAccess;
import io.junction.connectors.jd.dto.JdCall;
import io.junction.connectors.jd.dto.JdResponse;
import io.junction.connectors.kit.LocalWireMock;
import io.junction.connectors.kit.MutableClock;
import io.junction.connectors.kit.StubbedEndpoint;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.CallQuota;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP side alone, against plain WireMock stubs: gateway URL, signed parameters, retries. */
class JdClientTest {

    private static final JdProperties FAST = fast(JdProperties.defaults());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

    @RegisterExtension
    final LocalWireMock jd = new LocalWireMock();

    private final StubbedEndpoint gateway = jd.post("/routerjson");
    private final JdTranslator translator = new JdTranslator(JdProperties.defaults());
    private JdClient client;
    private ShopAccess shop;

    @BeforeEach
    void createClient() {
        client = new JdClient(FAST, new OkHttpClient(), clock, CallQuota.unlimited());
        shop = shop(gateway.url());
    }

    /** A client that gives up on an answer after 200 ms, for the time-out tests. */
    private JdClient impatientClient() {
        return new JdClient(impatient(FAST), new OkHttpClient(), clock, CallQuota.unlimited());
    }

    @Test
    void theSignatureIsTheUppercaseMd5OfTheSecretTheSortedParametersAndTheSecret() {
        // given: computed by hand as MD5("s3cret" + "360buy_param_json{\"page\":\"1\"}access_tokenTOKEN1app_keyAPPKEY1"
        //        + "methodjingdong.pop.order.enSearchtimestamp2026-03-02 18:00:00v2.0" + "s3cret")
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("method", "jingdong.pop.order.enSearch");
        parameters.put("app_key", "APPKEY1");
        parameters.put("access_token", "TOKEN1");
        parameters.put("timestamp", "2026-03-02 18:00:00");
        parameters.put("v", "2.0");
        parameters.put("360buy_param_json", "{\"page\":\"1\"}");
        parameters.put("sign", "ignored");
        parameters.put("empty", "");

        // when
        String sign = JdClient.sign(parameters, "s3cret");

        // then
        assertThat(sign).isEqualTo("9439F92CFD6A2E2D511046B04AB005FF");
    }

    @Test
    void theSystemParametersCarryBeijingTimeVersionTwoAndTheSignatureOfTheBusinessJson() {
        // when
        Map<String, String> system = client.systemParameters(
                shop,
                new JdCall("jingdong.pop.order.enSearch", "{\"page\":\"1\"}"),
                Instant.parse("2026-03-02T10:00:00Z"));

        // then
        assertThat(system)
                .containsExactly(
                        Map.entry("method", "jingdong.pop.order.enSearch"),
                        Map.entry("app_key", "APPKEY1"),
                        Map.entry("access_token", "TOKEN1"),
                        Map.entry("timestamp", "2026-03-02 18:00:00"),
                        Map.entry("v", "2.0"),
                        Map.entry("sign", "9439F92CFD6A2E2D511046B04AB005FF"));
    }

    @Test
    void aReadPostsTheBusinessJsonToTheShopsGatewayWithTheSignedSystemParameters() {
        // given
        gateway.answers(fixture("search-two-good-orders.json"));
        JdCall call = new JdCall("jingdong.pop.order.enSearch", "{\"page\":\"1\"}");

        // when
        JdResponse response = client.read(shop, call);

        // then
        assertThat(response.status()).isEqualTo(200);
        jd.verify(
                1,
                gateway.requests()
                        .withQueryParam("method", equalTo("jingdong.pop.order.enSearch"))
                        .withQueryParam("app_key", equalTo("APPKEY1"))
                        .withQueryParam("access_token", equalTo("TOKEN1"))
                        .withQueryParam("timestamp", equalTo("2026-03-02 18:00:00"))
                        .withQueryParam("v", equalTo("2.0"))
                        .withQueryParam("sign", equalTo("9439F92CFD6A2E2D511046B04AB005FF"))
                        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                        .withFormParam("360buy_param_json", equalTo("{\"page\":\"1\"}")));
    }

    @Test
    void aShipmentPostsTheShipmentMethodWithItsParameters() {
        // given
        gateway.answers(fixture("shipment-success.json"));
        JdCall call = ((RemoteOutcome.Succeeded<JdCall>) translator.shipmentCall(confirmation("312345678901"))).value();

        // when
        JdResponse response = client.write(shop, call);

        // then
        assertThat(translator.shipmentOutcome(response)).isInstanceOf(RemoteOutcome.Succeeded.class);
        jd.verify(
                1,
                gateway.requests()
                        .withQueryParam("method", equalTo("jingdong.pop.order.shipment"))
                        .withFormParam(
                                "360buy_param_json",
                                equalTo(fixture("shipment-request.json").strip())));
    }

    @Test
    void aThrottledReadIsRetriedWithBackOffUntilJdAnswers() {
        // given
        gateway.answersFirstThen(fixture("error-throttled.json"), fixture("search-two-good-orders.json"));

        // when
        JdResponse response = client.read(shop, new JdCall("jingdong.pop.order.enSearch", "{}"));

        // then
        assertThat(response.body()).contains("searchorderinfo_result");
        gateway.verifyReceived(2);
    }

    @Test
    void aShipmentWhoseAnswerTimesOutIsSentOnceAndReportedAsUnanswered() throws InterruptedException {
        // given
        gateway.answersLate(fixture("shipment-success.json"));
        JdClient impatient = impatientClient();

        // when / then
        assertSentWithoutAnswer(
                () -> impatient.write(shop, new JdCall("jingdong.pop.order.shipment", "{}")), "s3cret", "TOKEN1");
        gateway.verifyJournaled(1);
    }

    @Test
    void aReadThatTimesOutOnEveryAttemptIsUnavailable() throws InterruptedException {
        // given
        gateway.answersLate("{}");
        JdClient impatient = impatientClient();

        // when / then
        assertUnavailable(() -> impatient.read(shop, new JdCall("jingdong.pop.order.enSearch", "{}")));
        gateway.verifyJournaled(3);
    }

    @Test
    void anOrderReadAgainPostsEnGetWithTheOrderIdToTheShopsGateway() {
        // given
        gateway.answers(fixture("get-order-to-ship.json"));

        // when
        JdResponse response = client.read(shop, translator.orderFetchCall("312345678901"));

        // then
        assertThat(response.status()).isEqualTo(200);
        jd.verify(
                1,
                gateway.requests()
                        .withQueryParam("method", equalTo("jingdong.pop.order.enGet"))
                        .withQueryParam("access_token", equalTo("TOKEN1"))
                        .withFormParam("360buy_param_json", containing("\"order_id\":\"312345678901\"")));
    }
}
