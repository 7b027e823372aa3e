package io.junction.connectors.taobao;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.junction.connectors.kit.CallFailureAssertions.assertNeverSent;
import static io.junction.connectors.kit.CallFailureAssertions.assertSentWithoutAnswer;
import static io.junction.connectors.kit.CallFailureAssertions.assertUnavailable;
import static io.junction.connectors.kit.TestCallSettings.fast;
import static io.junction.connectors.kit.TestCallSettings.impatient;
import static io.junction.connectors.taobao.TaobaoTranslatorTest.confirmation;
import static io.junction.connectors.taobao.TaobaoTranslatorTest.fixture;
import static io.junction.connectors.taobao.TaobaoTranslatorTest.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import io.junction.connectors.kit.ClosedPort;
import io.junction.connectors.kit.LocalWireMock;
import io.junction.connectors.kit.MutableClock;
import io.junction.connectors.kit.StubbedEndpoint;
import io.junction.connectors.taobao.dto.TaobaoResponse;
import io.junction.ratelimit.CallQuota;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP side alone, against plain WireMock stubs: gateway, system parameters, signature, retries. */
class TaobaoClientTest {

    private static final String GATEWAY = "/router/rest";
    private static final TaobaoProperties FAST = fast(TaobaoProperties.defaults());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

    @RegisterExtension
    final LocalWireMock taobao = new LocalWireMock();

    private final StubbedEndpoint gateway = taobao.post(GATEWAY);
    private final TaobaoTranslator translator = new TaobaoTranslator();
    private TaobaoClient client;
    private ShopAccess shop;

    @BeforeEach
    void createClient() {
        client = new TaobaoClient(FAST, new OkHttpClient(), clock, CallQuota.unlimited());
        shop = shop(gateway.url());
    }

    /** A client that gives up on an answer after 200 ms, for the time-out tests. */
    private TaobaoClient impatientClient() {
        return new TaobaoClient(impatient(FAST), new OkHttpClient(), clock, CallQuota.unlimited());
    }

    private static Map<String, String> knownInput(String signMethod) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("method", "taobao.trade.fullinfo.get");
        parameters.put("app_key", "12345678");
        parameters.put("session", "test-session");
        parameters.put("timestamp", "2026-03-02 18:00:00");
        parameters.put("format", "json");
        parameters.put("v", "2.0");
        parameters.put("sign_method", signMethod);
        parameters.put("fields", "tid,status");
        parameters.put("tid", "3912000000000000001");
        return parameters;
    }

    // the signature, against vectors computed by hand (Python hashlib/hmac) from TOP's rule

    @Test
    void anMd5SignatureIsTheUppercaseMd5OfSecretSortedNamesAndValuesAndSecret() {
        // when / then
        assertThat(TaobaoClient.sign(knownInput("md5"), "helloworld", "md5"))
                .isEqualTo("FBAE82CD5D9D7F70D915743CAFB867D5");
    }

    @Test
    void anHmacSignatureIsTheUppercaseHmacMd5KeyedWithTheSecret() {
        // when / then
        assertThat(TaobaoClient.sign(knownInput("hmac"), "helloworld", "hmac"))
                .isEqualTo("3C4F320F4CFDF2E6A5A3512446111ECB");
        assertThat(TaobaoClient.sign(knownInput("hmac-sha256"), "helloworld", "hmac-sha256"))
                .isEqualTo("BB34CFAEF0C8355B70D2CAC4EAC68A41C9FF7908D0B59C8A7B1E30F417D275E1");
    }

    @Test
    void theSignedFormCarriesTheSystemParametersWithAGmtPlus8TimestampAndTheKnownSignature() {
        // given: 10:00 UTC is 18:00 in GMT+8
        Map<String, String> business = new LinkedHashMap<>();
        business.put("fields", "tid,status");
        business.put("tid", "3912000000000000001");

        // when
        Map<String, String> form = client.signedForm(shop, "taobao.trade.fullinfo.get", business);

        // then
        Map<String, String> expected = knownInput("md5");
        expected.put("sign", "FBAE82CD5D9D7F70D915743CAFB867D5");
        assertThat(form).containsExactlyInAnyOrderEntriesOf(expected);
    }

    // the gateway

    @Test
    void aListReadPostsTheFormToTheShopsGatewayUrl() {
        // given
        gateway.answers(fixture("list-two-trades.json"));

        // when
        TaobaoResponse response = client.read(
                shop,
                TaobaoTranslator.LIST_METHOD,
                translator.listParameters(
                        Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T08:29:59Z"), 1, 100));

        // then
        assertThat(response.status()).isEqualTo(200);
        taobao.verify(
                1,
                postRequestedFor(urlEqualTo(GATEWAY))
                        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                        .withFormParam("method", equalTo("taobao.trades.sold.increment.get"))
                        .withFormParam("app_key", equalTo("12345678"))
                        .withFormParam("session", equalTo("test-session"))
                        .withFormParam("timestamp", equalTo("2026-03-02 18:00:00"))
                        .withFormParam("format", equalTo("json"))
                        .withFormParam("v", equalTo("2.0"))
                        .withFormParam("sign_method", equalTo("md5"))
                        .withFormParam("start_modified", equalTo("2026-03-02 16:00:00"))
                        .withFormParam("end_modified", equalTo("2026-03-02 16:29:59"))
                        .withFormParam("page_no", equalTo("1"))
                        .withFormParam("page_size", equalTo("100"))
                        .withFormParam("use_has_next", equalTo("false"))
                        .withFormParam("sign", matching("[0-9A-F]{32}")));
    }

    @Test
    void aFullInfoReadPostsTheTidAndFields() {
        // given
        gateway.answers(fixture("fullinfo-hong-kong-trade-with-note.json"));

        // when
        client.read(shop, TaobaoTranslator.FULL_INFO_METHOD, translator.fullInfoParameters("3912000000000000001"));

        // then
        taobao.verify(
                1,
                postRequestedFor(urlEqualTo(GATEWAY))
                        .withFormParam("method", equalTo("taobao.trade.fullinfo.get"))
                        .withFormParam("tid", equalTo("3912000000000000001"))
                        .withFormParam("fields", containing("buyer_message")));
    }

    @Test
    void aConsignmentPostsTidOutSidCompanyCodeAndTheSplitLines() {
        // given
        gateway.answers(fixture("offline-send-success.json"));

        // when
        TaobaoResponse response = client.write(
                shop,
                TaobaoTranslator.OFFLINE_SEND_METHOD,
                translator.offlineSendParameters(confirmation("3912000000000000001", false)));

        // then
        assertThat(translator.offlineSendOutcome(response))
                .isEqualTo(io.junction.outcome.RemoteOutcome.succeeded(null));
        taobao.verify(
                1,
                postRequestedFor(urlEqualTo(GATEWAY))
                        .withFormParam("method", equalTo("taobao.logistics.offline.send"))
                        .withFormParam("tid", equalTo("3912000000000000001"))
                        .withFormParam("out_sid", equalTo("YT2403012345678"))
                        .withFormParam("company_code", equalTo("YTO"))
                        .withFormParam("is_split", equalTo("1"))
                        .withFormParam("sub_tid", equalTo("4812000000000000001,4812000000000000002")));
    }

    @Test
    void theHmacSignMethodOfTheShopIsUsed() {
        // given
        gateway.answers("{}");
        Map<String, String> credentials = new HashMap<>(shop.credentials());
        credentials.put("signMethod", "hmac");
        ShopAccess hmacShop = new ShopAccess(7L, "TAOBAO", shop.endpoint(), null, credentials, List.of());

        // when
        client.read(
                hmacShop,
                TaobaoTranslator.FULL_INFO_METHOD,
                Map.of("fields", "tid,status", "tid", "3912000000000000001"));

        // then
        taobao.verify(
                1,
                postRequestedFor(urlEqualTo(GATEWAY))
                        .withFormParam("sign_method", equalTo("hmac"))
                        .withFormParam("sign", equalTo("3C4F320F4CFDF2E6A5A3512446111ECB")));
    }

    // retries

    @Test
    void aShortBanIsWaitedOutAsTopSaysAndTheReadIsRepeated() {
        // given: a one-second ban, then the answer
        gateway.answersFirstThen(
                "{\"error_response\":{\"code\":7,\"msg\":\"App Call Limited\","
                        + "\"sub_code\":\"accesscontrol.limited-by-app-access-count\","
                        + "\"sub_msg\":\"This ban will last for 1 more seconds\"}}",
                fixture("list-two-trades.json"));
        long started = System.nanoTime();

        // when
        TaobaoResponse response = client.read(shop, TaobaoTranslator.LIST_METHOD, Map.of());

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(translator.tradeList(response).totalResults()).isEqualTo(2);
        gateway.verifyReceived(2);
    }

    @Test
    void aBanLongerThanTheClientWaitsEndsTheCallAtOnce() {
        // given
        gateway.answers(fixture("error-app-call-limited.json"));
        TaobaoClient impatient = new TaobaoClient(
                FAST.withMaxBanWait(Duration.ofSeconds(5)), new OkHttpClient(), clock, CallQuota.unlimited());

        // when
        TaobaoResponse response = impatient.read(shop, TaobaoTranslator.LIST_METHOD, Map.of());

        // then
        assertThat(translator.error(response).banSeconds()).isEqualTo(41);
        gateway.verifyReceived(1);
    }

    @Test
    void aConsignmentWhoseAnswerTimesOutIsSentOnceAndReportedAsUnanswered() throws InterruptedException {
        // given
        gateway.answersLate(fixture("offline-send-success.json"));
        TaobaoClient impatient = impatientClient();

        // when / then
        assertSentWithoutAnswer(
                () -> impatient.write(
                        shop,
                        TaobaoTranslator.OFFLINE_SEND_METHOD,
                        translator.offlineSendParameters(confirmation("3912000000000000001", true))),
                "helloworld",
                "test-session");
        gateway.verifyJournaled(1);
    }

    @Test
    void aConsignmentThatCannotConnectIsReportedAsNeverSent() throws IOException {
        // given
        ShopAccess unreachable = shop(ClosedPort.url(GATEWAY));

        // when / then
        assertNeverSent(() -> client.write(unreachable, TaobaoTranslator.OFFLINE_SEND_METHOD, Map.of("tid", "1")));
    }

    @Test
    void aReadThatTimesOutOnEveryAttemptIsUnavailable() throws InterruptedException {
        // given
        gateway.answersLate(fixture("list-two-trades.json"));
        TaobaoClient impatient = impatientClient();

        // when / then
        assertUnavailable(() -> impatient.read(shop, TaobaoTranslator.LIST_METHOD, Map.of()));
        gateway.verifyJournaled(3);
    }

    @Test
    void anUnsupportedSignMethodIsRefusedWithoutSendingOrNamingASecret() {
        // given
        Map<String, String> credentials = new HashMap<>(shop.credentials());
        credentials.put("signMethod", "sha1");
        ShopAccess odd = new ShopAccess(7L, "TAOBAO", shop.endpoint(), null, credentials, List.of());

        // when / then
        assertThatThrownBy(() -> client.read(odd, TaobaoTranslator.LIST_METHOD, Map.of()))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage()).doesNotContain("helloworld");
                });
        gateway.verifyReceived(0);
    }
}
