package io.junction.connectors.aliexpress;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.junction.connectors.aliexpress.AliExpressTranslatorTest.confirmation;
import static io.junction.connectors.aliexpress.AliExpressTranslatorTest.fixture;
import static io.junction.connectors.aliexpress.AliExpressTranslatorTest.shop;
import static io.junction.connectors.aliexpress.AliExpressTranslatorTest.trackingChange;
import static io.junction.connectors.kit.CallFailureAssertions.assertNeverSent;
import static io.junction.connectors.kit.CallFailureAssertions.assertSentWithoutAnswer;
import static io.junction.connectors.kit.CallFailureAssertions.assertUnavailable;
import static io.junction.connectors.kit.TestCallSettings.fast;
import static io.junction.connectors.kit.TestCallSettings.impatient;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ShopAccess;
import io.junction.connectors.aliexpress.dto.AliExpressResponse;
import io.junction.connectors.kit.ClosedPort;
import io.junction.connectors.kit.LocalWireMock;
import io.junction.connectors.kit.MutableClock;
import io.junction.connectors.kit.StubbedEndpoint;
import io.junction.ratelimit.CallQuota;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP side alone, against plain WireMock stubs: gateway, parameters, signature, retries. */
class AliExpressClientTest {

    /** HMAC-SHA256("helloworld") of the sorted parameters below, computed by hand with openssl. */
    private static final String KNOWN_SIGNATURE = "D3566F1CF115868FE20C8A8693C5C267AFC6A4C1253A7CF7AEDD16792CCA6A67";

    /** Fast retries; a ban is waited out for 150 ms at most. */
    private static final AliExpressProperties FAST =
            fast(AliExpressProperties.defaults()).withMaxBanWait(Duration.ofMillis(150));

    private static final String PARAM0 = "{\"current_page\":1,\"page_size\":50}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

    @RegisterExtension
    final LocalWireMock aliExpress = new LocalWireMock();

    private final StubbedEndpoint gateway = aliExpress.post("/sync");
    private final AliExpressTranslator translator = new AliExpressTranslator(AliExpressProperties.defaults());
    private AliExpressClient client;
    private ShopAccess shop;

    @BeforeEach
    void createClient() {
        client = new AliExpressClient(FAST, new OkHttpClient(), clock, CallQuota.unlimited());
        shop = shop(gateway.url());
    }

    /** A client that gives up on an answer after 200 ms, for the time-out tests. */
    private AliExpressClient impatientClient() {
        return new AliExpressClient(impatient(FAST), new OkHttpClient(), clock, CallQuota.unlimited());
    }

    /** The parameters of a declaration that order 8012345678901234 shipped whole. */
    private Map<String, String> declarationParameters() {
        return translator.fulfillRequest(confirmation("8012345678901234", true)).parameters();
    }

    // signing

    @Test
    void theSignatureIsTheUppercaseHmacSha256OfTheSortedNamesAndValues() {
        // given
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("timestamp", "1772445600000");
        parameters.put("method", "aliexpress.solution.order.get");
        parameters.put("app_key", "12345678");
        parameters.put("session", "token-abc");
        parameters.put("sign_method", "sha256");
        parameters.put("format", "json");
        parameters.put("simplify", "false");
        parameters.put("param0", PARAM0);

        // when
        String signature = AliExpressClient.sign(parameters, "helloworld");

        // then
        assertThat(signature).isEqualTo(KNOWN_SIGNATURE);
    }

    @Test
    void aSignParameterAlreadyPresentIsNotSigned() {
        // given
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("app_key", "12345678", "method", "m"));
        String unsigned = AliExpressClient.sign(parameters, "helloworld");
        parameters.put("sign", "OLD");

        // when / then
        assertThat(AliExpressClient.sign(parameters, "helloworld")).isEqualTo(unsigned);
    }

    // aliexpress.solution.order.get

    @Test
    void theOrderListPostsTheSignedSystemAndBusinessParametersToTheShopsGateway() {
        // given
        gateway.answers(fixture("order-list-two-orders.json"));

        // when
        AliExpressResponse response = client.orderList(shop, PARAM0);

        // then
        assertThat(response.status()).isEqualTo(200);
        aliExpress.verify(
                1,
                postRequestedFor(urlEqualTo("/sync"))
                        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                        .withFormParam("app_key", equalTo("12345678"))
                        .withFormParam("method", equalTo("aliexpress.solution.order.get"))
                        .withFormParam("session", equalTo("token-abc"))
                        .withFormParam("timestamp", equalTo("1772445600000"))
                        .withFormParam("sign_method", equalTo("sha256"))
                        .withFormParam("format", equalTo("json"))
                        .withFormParam("simplify", equalTo("false"))
                        .withFormParam("param0", equalToJson(PARAM0))
                        .withFormParam("sign", equalTo(KNOWN_SIGNATURE)));
    }

    @Test
    void theOrderDetailPostsParam1ToTheSameGateway() {
        // given
        gateway.answers(fixture("order-info-8012345678901234.json"));

        // when
        client.orderInfo(shop, translator.param1("8012345678901234"));

        // then
        aliExpress.verify(
                1,
                postRequestedFor(urlEqualTo("/sync"))
                        .withFormParam("method", equalTo("aliexpress.solution.order.info.get"))
                        .withFormParam("param1", equalToJson("{\"order_id\":\"8012345678901234\"}")));
    }

    @Test
    void aThrottledReadWaitsAndIsRetriedUntilItSucceeds() {
        // given
        gateway.answersFirstThen(fixture("error-throttled.json"), fixture("order-list-two-orders.json"));
        long started = System.nanoTime();

        // when
        AliExpressResponse response = client.orderList(shop, PARAM0);

        // then: the 41-second ban was honoured up to this client's 150 ms ceiling
        assertThat(response.body()).contains("aliexpress_solution_order_get_response");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        gateway.verifyReceived(2);
    }

    @Test
    void theBackOffAfterAThrottlingAnswerIsTheBansSecondsUpToTheCeiling() {
        // given
        AliExpressClient production =
                new AliExpressClient(AliExpressProperties.defaults(), new OkHttpClient(), clock, CallQuota.unlimited());
        AliExpressResponse ban41 = new AliExpressResponse(200, fixture("error-throttled.json"));
        AliExpressResponse ban90 =
                new AliExpressResponse(200, fixture("error-throttled.json").replace("41", "90"));
        AliExpressResponse serverError = new AliExpressResponse(503, "");

        // when / then
        assertThat(production.banSeconds(ban41)).isEqualTo(41L);
        assertThat(production.waitMillis(1, ban41)).isEqualTo(41_000L);
        assertThat(production.waitMillis(1, ban90)).isEqualTo(60_000L);
        assertThat(production.waitMillis(1, serverError)).isBetween(500L, 1_500L);
        assertThat(production.banSeconds(serverError)).isNull();
    }

    @Test
    void aReadThatTimesOutOnEveryAttemptIsUnavailable() throws InterruptedException {
        // given
        gateway.answersLate(fixture("order-list-two-orders.json"));

        // when / then
        assertUnavailable(() -> impatientClient().orderList(shop, PARAM0));
        gateway.verifyJournaled(3);
    }

    // aliexpress.solution.order.fulfill

    @Test
    void aDeclarationPostsTheFulfillMethodWithItsParameters() {
        // given
        gateway.answers(fixture("fulfill-success.json"));

        // when
        AliExpressResponse response = client.fulfill(shop, declarationParameters());

        // then
        assertThat(response.body()).contains("result_success");
        aliExpress.verify(
                1,
                postRequestedFor(urlEqualTo("/sync"))
                        .withFormParam("method", equalTo("aliexpress.solution.order.fulfill"))
                        .withFormParam("service_name", equalTo("CAINIAO_STANDARD"))
                        .withFormParam("out_ref", equalTo("8012345678901234"))
                        .withFormParam("send_type", equalTo("all"))
                        .withFormParam("logistics_no", equalTo("LP00123456789012"))
                        .withFormParam("sign", equalTo(signatureOfLastRequest())));
    }

    @Test
    void aDeclarationWhoseAnswerTimesOutIsSentOnceAndReportedAsUnanswered() throws InterruptedException {
        // given
        gateway.answersLate(fixture("fulfill-success.json"));

        // when / then
        assertSentWithoutAnswer(() -> impatientClient().fulfill(shop, declarationParameters()));
        gateway.verifyJournaled(1);
    }

    @Test
    void aDeclarationThatCannotConnectIsReportedAsNeverSent() throws IOException {
        // given
        ShopAccess unreachable = shop(ClosedPort.url("/sync"));

        // when / then
        assertNeverSent(() -> client.fulfill(unreachable, Map.of("out_ref", "1")));
    }

    // aliexpress.logistics.sellermodifiedshipmentfortop

    @Test
    void aTrackingEditPostsTheModifyMethodWithOldAndNewNumbers() {
        // given
        gateway.answers(fixture("modify-shipment-success.json"));

        // when
        client.modifyShipment(
                shop,
                translator
                        .modifyRequest(trackingChange(Instant.parse("2026-03-01T10:00:00Z"), 0))
                        .parameters());

        // then
        aliExpress.verify(
                1,
                postRequestedFor(urlEqualTo("/sync"))
                        .withFormParam("method", equalTo("aliexpress.logistics.sellermodifiedshipmentfortop"))
                        .withFormParam("old_logistics_no", equalTo("LP00123456789012"))
                        .withFormParam("new_logistics_no", equalTo("UG123456789CN"))
                        .withFormParam("new_service_name", equalTo("YANWEN_JYT"))
                        .withFormParam("out_ref", equalTo("8012345678901234")));
    }

    /** The signature the client must have sent for the one request WireMock received. */
    private String signatureOfLastRequest() {
        var request = aliExpress.server().getAllServeEvents().get(0).getRequest();
        Map<String, String> parameters = new LinkedHashMap<>();
        request.formParameters().forEach((name, value) -> parameters.put(name, value.firstValue()));
        return AliExpressClient.sign(parameters, "helloworld");
    }
}
