package io.junction.connectors.amazon.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.kit.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's own rules, spoken to in raw HTTP as any client would. */
class AmazonSimulatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final MutableClock clock = new MutableClock(NOW);
    private final OkHttpClient http = new OkHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private AmazonSimulator simulator;

    private record Answer(int status, JsonNode body, String requestId, String rateLimit) {

        /** The code of the first error the answer lists. */
        String errorCode() {
            return body.path("errors").path(0).path("code").stringValue();
        }

        /** The message of the first error the answer lists. */
        String errorMessage() {
            return body.path("errors").path(0).path("message").stringValue();
        }
    }

    @BeforeEach
    void start() {
        simulator = new AmazonSimulator(clock).start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private Answer send(Request request) {
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            return new Answer(
                    response.code(),
                    body.isEmpty() ? null : json.readTree(body),
                    response.header("x-amzn-RequestId"),
                    response.header("x-amzn-RateLimit-Limit"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String accessToken() {
        RequestBody form = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("refresh_token", simulator.credentials().get("refreshToken"))
                .add("client_id", simulator.credentials().get("clientId"))
                .add("client_secret", simulator.credentials().get("clientSecret"))
                .build();
        return send(new Request.Builder().url(simulator.tokenUrl()).post(form).build())
                .body()
                .path("access_token")
                .stringValue();
    }

    private HttpUrl.Builder searchUrl() {
        return HttpUrl.get(simulator.baseUrl() + "/orders/2026-01-01/orders").newBuilder();
    }

    /** A search of the orders updated since 09:00, an hour before now. */
    private HttpUrl.Builder searchUpdatedSinceNine() {
        return searchUrl().addQueryParameter("lastUpdatedAfter", "2026-03-02T09:00:00Z");
    }

    private Answer get(HttpUrl url, String token) {
        return send(new Request.Builder()
                .url(url)
                .header("x-amz-access-token", token)
                .get()
                .build());
    }

    private Answer confirm(String orderId, String body, String token) {
        return send(new Request.Builder()
                .url(simulator.baseUrl() + "/orders/v0/orders/" + orderId + "/shipmentConfirmation")
                .header("x-amz-access-token", token)
                .post(RequestBody.create(body, JSON_TYPE))
                .build());
    }

    private String orderPlacedAnHourAgo() {
        return simulator.placeOrders(1, NOW.minus(Duration.ofHours(1))).get(0);
    }

    /** The id of the order's first line. */
    private String firstLineOf(String orderId) {
        return simulator.order(orderId).lines().get(0).orderItemId();
    }

    /**
     * A confirmation of one unit of the line {@code orderItemId}, shipped at 09:00.
     *
     * @param packageReferenceId the reference as it stands in the JSON: quoted, or a bare number
     */
    private static String confirmationBody(
            String packageReferenceId, String carrierCode, String trackingNumber, String orderItemId) {
        return "{\"marketplaceId\":\"ATVPDKIKX0DER\",\"packageDetail\":{\"packageReferenceId\":" + packageReferenceId
                + ",\"carrierCode\":\"" + carrierCode + "\",\"trackingNumber\":\"" + trackingNumber
                + "\",\"shipDate\":\"2026-03-02T09:00:00Z\","
                + "\"orderItems\":[{\"orderItemId\":\"" + orderItemId + "\",\"quantity\":1}]}}";
    }

    // Login with Amazon

    @Test
    void theTokenEndpointAcceptsAJsonBodyAsAmazonsJavaClientSendsIt() {
        // given
        String body = "{\"grant_type\":\"refresh_token\",\"refresh_token\":\""
                + simulator.credentials().get("refreshToken")
                + "\",\"client_id\":\"" + simulator.credentials().get("clientId")
                + "\",\"client_secret\":\"" + simulator.credentials().get("clientSecret") + "\"}";

        // when
        Answer answer = send(new Request.Builder()
                .url(simulator.tokenUrl())
                .post(RequestBody.create(body, JSON_TYPE))
                .build());

        // then
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("access_token").stringValue()).startsWith("Atza|");
        assertThat(answer.body().path("token_type").stringValue()).isEqualTo("bearer");
        assertThat(answer.body().path("expires_in").intValue()).isEqualTo(3600);
        assertThat(answer.body().path("refresh_token").stringValue())
                .isEqualTo(simulator.credentials().get("refreshToken"));
        assertThat(simulator.tokenRequests()).isEqualTo(1);
    }

    @Test
    void aWrongClientSecretIsAnInvalidClient() {
        // given
        RequestBody form = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("refresh_token", simulator.credentials().get("refreshToken"))
                .add("client_id", simulator.credentials().get("clientId"))
                .add("client_secret", "guess")
                .build();

        // when
        Answer answer =
                send(new Request.Builder().url(simulator.tokenUrl()).post(form).build());

        // then
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().path("error").stringValue()).isEqualTo("invalid_client");
        assertThat(answer.body().path("error_description").stringValue()).isEqualTo("Client authentication failed");
    }

    @Test
    void theSellingPartnerApiRefusesARequestWithoutAValidAccessToken() {
        // when
        Answer answer = get(searchUpdatedSinceNine().build(), "Atza|forged");

        // then
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.errorCode()).isEqualTo("Unauthorized");
        assertThat(answer.errorMessage()).isEqualTo("Access to requested resource is denied.");
        assertThat(answer.requestId()).isNotBlank();
    }

    // searchOrders

    @Test
    void aSuccessfulSearchCarriesTheRateLimitHeaderAndAThrottledOneDoesNot() {
        // given
        String token = accessToken();
        HttpUrl url = searchUpdatedSinceNine().build();
        simulator.searchQuota(0.0056, 1);

        // when
        Answer first = get(url, token);
        Answer second = get(url, token);

        // then
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.rateLimit()).isEqualTo("0.0056");
        assertThat(first.body().path("lastUpdatedBefore").stringValue()).isEqualTo("2026-03-02T09:58:00Z");
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.rateLimit()).isNull();
        assertThat(second.requestId()).isNotBlank();
        assertThat(second.errorCode()).isEqualTo("QuotaExceeded");
        assertThat(second.errorMessage()).isEqualTo("You exceeded your quota for the requested resource.");
    }

    @Test
    void creationAndUpdateBoundsCannotBeCombined() {
        // given
        String token = accessToken();
        HttpUrl url = searchUrl()
                .addQueryParameter("createdAfter", "2026-03-02T08:00:00Z")
                .addQueryParameter("lastUpdatedBefore", "2026-03-02T09:00:00Z")
                .build();

        // when
        Answer answer = get(url, token);

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("InvalidInput");
    }

    @Test
    void moreThanAHundredResultsPerPageIsRefused() {
        // given
        String token = accessToken();

        // when
        Answer answer = get(
                searchUpdatedSinceNine()
                        .addQueryParameter("maxResultsPerPage", "101")
                        .build(),
                token);

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains("between 1 and 100");
    }

    @Test
    void aPaginationTokenOnlyServesTheQueryThatIssuedIt() {
        // given
        String token = accessToken();
        simulator.placeOrders(3, NOW.minus(Duration.ofMinutes(30)));
        Answer first = get(
                searchUpdatedSinceNine()
                        .addQueryParameter("maxResultsPerPage", "2")
                        .build(),
                token);
        String nextToken = first.body().path("pagination").path("nextToken").stringValue();

        // when
        Answer sameQuery = get(
                searchUpdatedSinceNine()
                        .addQueryParameter("maxResultsPerPage", "50")
                        .addQueryParameter("paginationToken", nextToken)
                        .build(),
                token);
        Answer otherQuery = get(
                searchUrl()
                        .addQueryParameter("lastUpdatedAfter", "2026-03-02T08:00:00Z")
                        .addQueryParameter("paginationToken", nextToken)
                        .build(),
                token);

        // then
        assertThat(first.body().path("orders").size()).isEqualTo(2);
        assertThat(sameQuery.status()).isEqualTo(200);
        assertThat(sameQuery.body().path("orders").size()).isEqualTo(1);
        assertThat(sameQuery.body().path("pagination").isMissingNode()).isTrue();
        assertThat(otherQuery.status()).isEqualTo(400);
        assertThat(otherQuery.errorCode()).isEqualTo("InvalidInput");
    }

    @Test
    void onlyTheRequestedDatasetsAreIncluded() {
        // given
        String token = accessToken();
        simulator.placeOrders(1, NOW.minus(Duration.ofMinutes(30)));

        // when
        JsonNode bare = get(searchUpdatedSinceNine().build(), token)
                .body()
                .path("orders")
                .path(0);
        JsonNode full = get(
                        searchUpdatedSinceNine()
                                .addQueryParameter("includedData", "RECIPIENT,FULFILLMENT,PROCEEDS,BUYER")
                                .build(),
                        token)
                .body()
                .path("orders")
                .path(0);

        // then
        assertThat(bare.has("recipient") || bare.has("buyer") || bare.has("fulfillment") || bare.has("proceeds"))
                .isFalse();
        assertThat(bare.path("orderItems")
                        .path(0)
                        .path("product")
                        .path("sellerSku")
                        .stringValue())
                .startsWith("JN-");
        assertThat(full.path("recipient")
                        .path("deliveryAddress")
                        .path("countryCode")
                        .stringValue())
                .hasSize(2);
        assertThat(full.path("fulfillment").path("fulfillmentStatus").stringValue())
                .isEqualTo("UNSHIPPED");
        assertThat(full.path("proceeds").path("grandTotal").path("currencyCode").stringValue())
                .isEqualTo("USD");
        assertThat(full.path("buyer").path("buyerName").stringValue()).isNotBlank();
    }

    // the order book

    @Test
    void placedOrdersHaveAmazonIdsAndOneToThreeLinesFromTheCatalogue() {
        // given
        simulator.catalogue(List.of("SKU-A", "SKU-B", "SKU-C", "SKU-D"));

        // when
        List<String> ids = simulator.placeOrders(40, NOW);

        // then
        assertThat(ids).hasSize(40).doesNotHaveDuplicates().allMatch(id -> id.matches("\\d{3}-\\d{7}-\\d{7}"));
        assertThat(ids).allSatisfy(id -> {
            AmazonSimulator.OrderView order = simulator.order(id);
            assertThat(order.fulfillmentStatus()).isEqualTo("UNSHIPPED");
            assertThat(order.lines())
                    .hasSizeBetween(1, 3)
                    .allSatisfy(line -> assertThat(line.sellerSku()).isIn("SKU-A", "SKU-B", "SKU-C", "SKU-D"));
        });
    }

    @Test
    void generatedOrdersAppearLazilyAtTheirScheduledTimesWhenARequestArrives() {
        // given
        simulator.generateOrdersEvery(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(35));

        // when
        int beforeAnyRequest = simulator.orderCount();
        accessToken();

        // then
        assertThat(beforeAnyRequest).isZero();
        assertThat(simulator.orderCount()).isEqualTo(3);
    }

    @Test
    void aBacklogIsSpreadOverThePast() {
        // when
        List<String> ids = simulator.seedBacklog(4, Duration.ofHours(4));

        // then
        assertThat(ids)
                .extracting(id -> simulator.order(id).createdTime())
                .containsExactly(
                        NOW.minus(Duration.ofHours(4)), NOW.minus(Duration.ofHours(3)),
                        NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1)));
    }

    // confirmShipment

    @ParameterizedTest(name = "packageReferenceId {0}, carrier {1}: refused for {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a number where the schema wants a string
                "1     | 4PX   | 4PX1 | invalid type [packageDetail.packageReferenceId]",
                // carrier Other needs a carrier name
                "'\"1\"' | Other | X1   | carrierName"
            })
    void aConfirmationTheSchemaRefusesIsAnswered400AndNotRecorded(
            String packageReferenceId, String carrierCode, String trackingNumber, String reason) {
        // given
        String token = accessToken();
        String orderId = orderPlacedAnHourAgo();
        String body = confirmationBody(packageReferenceId, carrierCode, trackingNumber, firstLineOf(orderId));

        // when
        Answer answer = confirm(orderId, body, token);

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains(reason);
        assertThat(simulator.confirmations(orderId)).isEmpty();
    }

    @Test
    void aSecondConfirmationOfTheSamePackageAnswersAlreadyShippedAndIsNotRecorded() {
        // given
        String token = accessToken();
        String orderId = orderPlacedAnHourAgo();
        String body = confirmationBody("\"3\"", "4PX", "4PX1", firstLineOf(orderId));

        // when
        Answer first = confirm(orderId, body, token);
        Answer second = confirm(orderId, body, token);

        // then
        assertThat(first.status()).isEqualTo(204);
        assertThat(first.rateLimit()).isNotNull();
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.errorCode()).isEqualTo("InvalidInput");
        assertThat(second.errorMessage()).isEqualTo(AmazonEndpoints.ALREADY_SHIPPED_MESSAGE);
        assertThat(simulator.confirmations(orderId)).hasSize(1);
    }
}
