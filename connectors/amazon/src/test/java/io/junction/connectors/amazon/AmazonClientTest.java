package io.junction.connectors.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.junction.connectors.amazon.AmazonTranslatorTest.confirmation;
import static io.junction.connectors.amazon.AmazonTranslatorTest.fixture;
import static io.junction.connectors.amazon.AmazonTranslatorTest.shop;
import static io.junction.connectors.kit.CallFailureAssertions.assertNeverSent;
import static io.junction.connectors.kit.CallFailureAssertions.assertSentWithoutAnswer;
import static io.junction.connectors.kit.CallFailureAssertions.assertUnavailable;
import static io.junction.connectors.kit.TestCallSettings.impatient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.amazon.dto.AmazonResponse;
import io.junction.connectors.kit.CallSettings;
import io.junction.connectors.kit.ClosedPort;
import io.junction.connectors.kit.LocalWireMock;
import io.junction.connectors.kit.MutableClock;
import io.junction.connectors.kit.PlatformCall;
import io.junction.connectors.kit.RecordingCallQuota;
import io.junction.connectors.kit.StubbedEndpoint;
import io.junction.ratelimit.QuotaExhaustedException;
import io.junction.ratelimit.QuotaKey;
import io.junction.ratelimit.UsagePlan;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP side alone, against plain WireMock stubs: URLs, headers, bodies, retries. */
class AmazonClientTest {

    private static final String USER_AGENT = "Junction-Test/1.0 (Language=Java/17)";
    private static final String ORDER_ID = "113-1234567-7654321";
    private static final String SEARCH_PATH = "/orders/2026-01-01/orders";
    private static final String GET_ORDER_PATH = SEARCH_PATH + "/" + ORDER_ID;
    private static final String CONFIRM_PATH = "/orders/v0/orders/" + ORDER_ID + "/shipmentConfirmation";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

    @RegisterExtension
    final LocalWireMock amazon = new LocalWireMock();

    private final StubbedEndpoint token = amazon.post("/auth/o2/token");
    private final StubbedEndpoint search = amazon.get(SEARCH_PATH);
    private final StubbedEndpoint confirm = amazon.post(CONFIRM_PATH);
    private final StubbedEndpoint getOrder = amazon.get(GET_ORDER_PATH);
    private final AmazonTranslator translator = new AmazonTranslator();
    private final RecordingCallQuota quota = new RecordingCallQuota();
    private AmazonClient client;
    private ShopAccess shop;

    @BeforeEach
    void createClient() {
        token.answers(
                "{\"access_token\":\"Atza|abc\",\"refresh_token\":\"refresh-1\",\"token_type\":\"bearer\",\"expires_in\":3600}");
        client = new AmazonClient(properties(), new OkHttpClient(), clock, quota);
        shop = shop(amazon.baseUrl(), token.url());
    }

    private static AmazonProperties properties() {
        return new AmazonProperties(
                new CallSettings(
                        USER_AGENT,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(2),
                        3,
                        Duration.ofMillis(10),
                        Duration.ofMillis(40),
                        Duration.ofMinutes(10),
                        0,
                        null),
                null);
    }

    /** A client that gives up on an answer after 200 ms, for the time-out tests. */
    private AmazonClient impatientClient() {
        return new AmazonClient(impatient(properties()), new OkHttpClient(), clock, quota);
    }

    /** Searches the orders updated from 09:00 to 09:58. */
    private AmazonResponse searchLastHour() {
        return searchLastHour(client);
    }

    private AmazonResponse searchLastHour(AmazonClient searching) {
        SyncWindow window =
                new SyncWindow(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:58:00Z"));
        return searching.searchOrders(shop, translator.searchOrdersQuery(shop, window, null));
    }

    /** Confirms the shipment of every line of order {@value #ORDER_ID}. */
    private AmazonResponse confirmShipment(AmazonClient confirming) {
        return confirming.confirmShipment(shop, ORDER_ID, translator.confirmShipmentBody(confirmation(ORDER_ID)));
    }

    /** Gets order {@value #ORDER_ID}, Amazon answering {@code status} with the fixture {@code body} every time. */
    private AmazonResponse getOrderAnswered(int status, String body) {
        getOrder.answers(status, fixture(body));
        return client.getOrder(shop, ORDER_ID, translator.getOrderIncludedData());
    }

    private void searchAnswersNoOrders() {
        search.answers("{\"orders\":[]}");
    }

    @Test
    void searchOrdersCallsTheOrdersPathWithTheWindowAndTheSpApiHeaders() {
        // given
        searchAnswersNoOrders();

        // when
        AmazonResponse response = searchLastHour();

        // then
        assertThat(response.status()).isEqualTo(200);
        amazon.verify(
                1,
                search.requests()
                        .withQueryParam("lastUpdatedAfter", equalTo("2026-03-02T09:00:00Z"))
                        .withQueryParam("lastUpdatedBefore", equalTo("2026-03-02T09:58:00Z"))
                        .withQueryParam("marketplaceIds", equalTo("ATVPDKIKX0DER,A2EUQ1WTGCTBG2"))
                        .withQueryParam("fulfilledBy", equalTo("MERCHANT"))
                        .withQueryParam("maxResultsPerPage", equalTo("100"))
                        .withQueryParam("includedData", equalTo("RECIPIENT,FULFILLMENT,PROCEEDS,BUYER"))
                        .withHeader("x-amz-access-token", equalTo("Atza|abc"))
                        .withHeader("x-amz-date", equalTo("20260302T100000Z"))
                        .withHeader("user-agent", equalTo(USER_AGENT)));
    }

    @Test
    void theTokenRefreshPostsTheRefreshGrantAsAFormToTheShopsTokenUrl() {
        // given
        searchAnswersNoOrders();

        // when
        searchLastHour();

        // then
        amazon.verify(
                1,
                token.requests()
                        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                        .withFormParam("grant_type", equalTo("refresh_token"))
                        .withFormParam("refresh_token", equalTo("refresh-1"))
                        .withFormParam("client_id", equalTo("client-1"))
                        .withFormParam("client_secret", equalTo("secret-1")));
    }

    @Test
    void confirmShipmentPostsTheModelBodyToTheOrdersShipmentConfirmationPath() {
        // given
        confirm.answers(204, "");

        // when
        AmazonResponse response = confirmShipment(client);

        // then
        assertThat(response.status()).isEqualTo(204);
        amazon.verify(
                1,
                confirm.requests()
                        .withHeader("Content-Type", containing("application/json"))
                        .withHeader("x-amz-access-token", equalTo("Atza|abc"))
                        .withHeader("x-amz-date", matching("\\d{8}T\\d{6}Z"))
                        .withRequestBody(equalToJson(fixture("confirm-shipment-request.json"))));
    }

    @Test
    void aConfirmationWhoseAnswerTimesOutIsSentOnceAndReportedAsUnanswered() throws InterruptedException {
        // given
        confirm.answersLate("");

        AmazonClient impatient = impatientClient();

        // when / then
        assertSentWithoutAnswer(() -> confirmShipment(impatient));
        confirm.verifyJournaled(1);
    }

    @Test
    void aConfirmationThatCannotConnectIsReportedAsNeverSent() throws IOException {
        // given
        token.answers("{\"access_token\":\"Atza|abc\",\"token_type\":\"bearer\",\"expires_in\":3600}");
        ShopAccess unreachable = shop(ClosedPort.url(""), token.url());

        // when / then
        assertNeverSent(() -> client.confirmShipment(unreachable, ORDER_ID, "{}"));
    }

    @Test
    void aReadThatTimesOutOnEveryAttemptIsUnavailable() throws InterruptedException {
        // given
        search.answersLate("{\"orders\":[]}");

        // when / then
        assertUnavailable(() -> searchLastHour(impatientClient()));
        search.verifyJournaled(3);
    }

    @Test
    void aRefusedRefreshTokenIsUnauthorizedAndTheMessageCarriesNoSecret() {
        // given
        token.answers(
                400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"The request has an invalid grant parameter : refresh_token\"}");

        // when / then
        assertThatThrownBy(this::searchLastHour).isInstanceOfSatisfying(ChannelException.class, e -> {
            assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
            assertThat(e.getMessage()).contains("invalid_grant").doesNotContain("secret-1", "refresh-1");
        });
        search.verifyReceived(0);
    }

    // rate limits and the circuit

    @Test
    void eachCallTakesFromTheSellerAccountsBucketForItsOperationWithAmazonsPlan() {
        // given
        searchAnswersNoOrders();
        confirm.answers(204, "");

        // when
        searchLastHour();
        confirmShipment(client);

        // then
        String account = QuotaKey.fingerprint("client-1", "refresh-1");
        assertThat(quota.acquired)
                .containsExactly(
                        new RecordingCallQuota.Acquired(
                                new QuotaKey("AMAZON", account, "searchOrders"), new UsagePlan(0.0056, 20)),
                        new RecordingCallQuota.Acquired(
                                new QuotaKey("AMAZON", account, "confirmShipment"), new UsagePlan(2, 10)));
        assertThat(quota.acquired)
                .allSatisfy(a -> assertThat(a.key().toString()).doesNotContain("refresh-1", "secret-1"));
    }

    @Test
    void everyRetryTakesAnotherCallFromTheBucket() {
        // given Amazon answers 503 to every attempt
        search.answers(503, "");

        // when
        AmazonResponse response = searchLastHour();

        // then
        assertThat(response.status()).isEqualTo(503);
        assertThat(quota.operations()).containsExactly("searchOrders", "searchOrders", "searchOrders");
    }

    @Test
    void theRateAmazonAnnouncesOnASuccessAdjustsTheBucket() {
        // given this seller was granted 0.0112 searches a second
        amazon.server()
                .stubFor(get(urlPathEqualTo(SEARCH_PATH))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("x-amzn-RateLimit-Limit", "0.0112")
                                .withBody("{\"orders\":[]}")));

        // when
        searchLastHour();

        // then
        assertThat(quota.adjusted).singleElement().satisfies(a -> {
            assertThat(a.key().operation()).isEqualTo("searchOrders");
            assertThat(a.plan()).isEqualTo(new UsagePlan(0.0112, 20));
        });
    }

    @Test
    void aCallTheBucketCannotGrantIsNotSent() {
        // given
        quota.refusing();

        // when / then
        assertThatThrownBy(this::searchLastHour)
                .isInstanceOfSatisfying(
                        QuotaExhaustedException.class,
                        e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.THROTTLED));
        search.verifyReceived(0);
    }

    @Test
    void theCircuitOpensAfterRepeatedServerErrorsFailsFastAndClosesAgainWhenAmazonRecovers() {
        // given Amazon fails every attempt of five searches
        search.answers(503, "");
        for (int i = 0; i < 5; i++) {
            searchLastHour();
        }
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        int sent = search.received();

        // when a read and a write come while it is open
        // then both fail fast, and nothing reaches Amazon
        assertThatThrownBy(this::searchLastHour).isInstanceOfSatisfying(ChannelException.class, e -> {
            assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAVAILABLE);
            assertThat(e.getMessage()).contains("circuit open");
        });
        assertThatThrownBy(() -> confirmShipment(client))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("not sent");
        assertThat(search.received()).isEqualTo(sent);
        confirm.verifyReceived(0);

        // when Amazon recovers and the open time has passed
        searchAnswersNoOrders();
        clock.advance(PlatformCall.CIRCUIT_OPEN_FOR.plusSeconds(1));
        searchLastHour();
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        searchLastHour();

        // then the trial calls closed it
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    // getOrder

    @Test
    void getOrderCallsTheOrderPathWithTheSearchDatasetsAndItsOwnBucket() {
        // when Amazon has the order
        AmazonResponse response = getOrderAnswered(200, "get-order-unshipped.json");

        // then
        assertThat(response.status()).isEqualTo(200);
        amazon.verify(
                1,
                getOrder.requests()
                        .withQueryParam("includedData", equalTo("RECIPIENT,FULFILLMENT,PROCEEDS,BUYER"))
                        .withHeader("x-amz-access-token", equalTo("Atza|abc"))
                        .withHeader("x-amz-date", equalTo("20260302T100000Z"))
                        .withHeader("user-agent", equalTo(USER_AGENT)));
        assertThat(quota.acquired)
                .containsExactly(new RecordingCallQuota.Acquired(
                        new QuotaKey("AMAZON", QuotaKey.fingerprint("client-1", "refresh-1"), "getOrder"),
                        new UsagePlan(0.5, 30)));
    }

    @Test
    void aThrottledGetOrderIsRetriedAndTheLastAnswerReturned() {
        // when Amazon answers 429 to every attempt
        AmazonResponse response = getOrderAnswered(429, "error-quota-exceeded.json");

        // then
        assertThat(response.status()).isEqualTo(429);
        assertThat(quota.operations()).containsExactly("getOrder", "getOrder", "getOrder");
        assertThatThrownBy(() -> translator.fetchedOrder(response))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.THROTTLED));
    }
}
