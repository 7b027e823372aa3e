package io.junction.connectors.amazon;

import static io.junction.connectors.kit.CallFailureAssertions.assertUnavailable;
import static io.junction.connectors.kit.OrderPageAssertions.assertOnlyMalformed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.Address;
import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.amazon.dto.AmazonResponse;
import io.junction.connectors.kit.ClasspathFixture;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AmazonTranslatorTest {

    private final AmazonTranslator translator = new AmazonTranslator();

    static String fixture(String name) {
        return ClasspathFixture.text(AmazonTranslatorTest.class, name);
    }

    static ShopAccess shop(String endpoint, String authEndpoint) {
        return new ShopAccess(
                7L,
                "AMAZON",
                endpoint,
                authEndpoint,
                Map.of("clientId", "client-1", "clientSecret", "secret-1", "refreshToken", "refresh-1"),
                List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"));
    }

    static ShipmentConfirmation confirmation(String orderId) {
        return new ShipmentConfirmation(
                orderId,
                "ATVPDKIKX0DER",
                4711L,
                "Yun Express",
                null,
                "YunExpress Global Direct",
                "YT2403012345678",
                Instant.parse("2026-03-03T06:30:00Z"),
                List.of(
                        new ShipmentConfirmation.Item("10000000000001", 2),
                        new ShipmentConfirmation.Item("10000000000002", 1)),
                true);
    }

    @Test
    void theFirstSearchOrdersQueryAsksForOneWindowOfMerchantOrdersWithTheDataWeRead() {
        // given
        SyncWindow window =
                new SyncWindow(Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T09:58:00.250Z"));

        // when
        Map<String, String> parameters = translator
                .searchOrdersQuery(shop("https://x", "https://y"), window, null)
                .queryParameters();

        // then
        assertThat(parameters)
                .containsExactly(
                        Map.entry("lastUpdatedAfter", "2026-03-02T08:00:00Z"),
                        Map.entry("lastUpdatedBefore", "2026-03-02T09:58:00.250Z"),
                        Map.entry("marketplaceIds", "ATVPDKIKX0DER,A2EUQ1WTGCTBG2"),
                        Map.entry("fulfilledBy", "MERCHANT"),
                        Map.entry("maxResultsPerPage", "100"),
                        Map.entry("includedData", "RECIPIENT,FULFILLMENT,PROCEEDS,BUYER"));
    }

    @Test
    void aLaterPageRepeatsTheFirstRequestsParametersAndAddsThePaginationToken() {
        // given
        SyncWindow window =
                new SyncWindow(Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T09:58:00Z"));

        // when
        Map<String, String> parameters = translator
                .searchOrdersQuery(shop("https://x", "https://y"), window, "tok-2")
                .queryParameters();

        // then
        assertThat(parameters)
                .containsEntry("paginationToken", "tok-2")
                .containsEntry("lastUpdatedAfter", "2026-03-02T08:00:00Z")
                .containsEntry("lastUpdatedBefore", "2026-03-02T09:58:00Z")
                .containsEntry("marketplaceIds", "ATVPDKIKX0DER,A2EUQ1WTGCTBG2")
                .containsEntry("fulfilledBy", "MERCHANT");
    }

    @Test
    void anOrderPageIsTranslatedWithAddressShipByMoneyAndLines() {
        // given
        String body = fixture("search-orders-two-good-orders.json");

        // when
        OrderPage page = translator.orderPage(body);

        // then
        assertThat(page.malformed()).isEmpty();
        assertThat(page.nextPageToken()).isEqualTo("djF8bmV4dA");
        assertThat(page.orders()).hasSize(2);
        ChannelOrder first = page.orders().get(0);
        assertThat(first.platformOrderId()).isEqualTo("113-1234567-7654321");
        assertThat(first.platformStatus()).isEqualTo("UNSHIPPED");
        assertThat(first.state()).isEqualTo(PlatformState.READY_TO_SHIP);
        assertThat(first.marketplaceId()).isEqualTo("ATVPDKIKX0DER");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(first.buyerName()).isEqualTo("Emily Johnson");
        assertThat(first.shipTo())
                .isEqualTo(new Address(
                        "Emily Johnson",
                        "Johnson Design LLC",
                        "1450 Maple Avenue",
                        "Apt 3B, Back entrance",
                        "Portland",
                        "OR",
                        "97205",
                        "US",
                        "+1 503-555-0142"));
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(first.total()).isEqualByComparingTo("45.88");
        assertThat(first.shipBy()).isEqualTo(Instant.parse("2026-03-04T23:59:59Z"));
        assertThat(first.lines())
                .containsExactly(
                        new ChannelOrder.Line(
                                "10000000000001",
                                "JN-MUG-001",
                                "Junction ceramic mug, 350 ml, white",
                                2,
                                new BigDecimal("12.99")),
                        new ChannelOrder.Line(
                                "10000000000002",
                                "JN-TEE-002",
                                "Organic cotton T-shirt, navy, size M",
                                1,
                                new BigDecimal("19.90")));
    }

    @Test
    void anOrderWithoutProceedsOrRecipientIsStillReadAndItsTotalIsTheSumOfItsLines() {
        // given
        String body = fixture("search-orders-two-good-orders.json");

        // when
        ChannelOrder second = translator.orderPage(body).orders().get(1);

        // then
        assertThat(second.state()).isEqualTo(PlatformState.UNPAID);
        assertThat(second.createdAt()).isEqualTo(Instant.parse("2026-03-01T19:00:00Z"));
        assertThat(second.shipTo()).isNull();
        assertThat(second.buyerName()).isNull();
        assertThat(second.shipBy()).isNull();
        assertThat(second.total()).isEqualByComparingTo("42.00");
        assertThat(second.currency()).isEqualTo("USD");
    }

    @Test
    void malformedOrdersAreQuarantinedWithTheirReasonAndRawJsonWhileTheRestOfThePageIsRead() {
        // given
        String body = fixture("search-orders-with-malformed-orders.json");

        // when
        OrderPage page = translator.orderPage(body);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactly("113-0000006-0000006");
        assertThat(page.malformed())
                .extracting(OrderPage.MalformedOrder::platformOrderId)
                .containsExactly(
                        "113-0000001-0000001",
                        "113-0000002-0000002",
                        null,
                        "113-0000004-0000004",
                        "113-0000005-0000005");
        assertThat(page.malformed())
                .extracting(OrderPage.MalformedOrder::reason)
                .containsExactly(
                        "item 20000000000001: missing product.sellerSku",
                        "item 20000000000002: quantityOrdered -1 is not positive",
                        "missing orderId",
                        "createdTime 'yesterday' is not an ISO-8601 date-time",
                        "no orderItems");
        assertThat(page.malformed().get(0).rawPayload())
                .contains("\"No SKU here\"")
                .startsWith("{");
        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void anAnswerThatIsNotAnOrderPageFailsTheWholeRead() {
        // when / then
        assertUnavailable(() -> translator.orderPage("<html>Bad gateway</html>"));
        assertThatThrownBy(() -> translator.orderPage("{\"payload\":{}}"))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("no 'orders' array");
    }

    @Test
    void theConfirmShipmentBodyIsExactlyTheOrdersV0Model() {
        // given
        ShipmentConfirmation confirmation = confirmation("113-1234567-7654321");

        // when
        String body = translator.confirmShipmentBody(confirmation);

        // then
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(body)).isEqualTo(json.readTree(fixture("confirm-shipment-request.json")));
        assertThat(json.readTree(body)
                        .path("packageDetail")
                        .path("packageReferenceId")
                        .isString())
                .isTrue();
    }

    @Test
    void aNoContentAnswerToConfirmShipmentIsASuccess() {
        // when
        RemoteOutcome<Void> outcome = translator.confirmOutcome(new AmazonResponse(204, "", "req-1"));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
    }

    @Test
    void anAlreadyShippedErrorIsASuccessBecauseTheBuyerSeesOneConfirmation() {
        // when
        RemoteOutcome<Void> outcome =
                translator.confirmOutcome(new AmazonResponse(400, fixture("error-already-shipped.json"), "req-2"));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
    }

    @Test
    void anyOtherConfirmShipmentErrorIsARejectionWithAmazonsCodeAndMessage() {
        // when
        RemoteOutcome<Void> outcome =
                translator.confirmOutcome(new AmazonResponse(400, fixture("error-invalid-order-item.json"), "req-3"));

        // then
        assertThat(outcome).isInstanceOfSatisfying(RemoteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("InvalidInput");
            assertThat(rejected.message())
                    .isEqualTo("Invalid orderItemId 999 for order 113-1234567-7654321. [requestId req-3]");
        });
    }

    @Test
    void aClientErrorWithoutAnAmazonBodyIsARejectionNamingTheHttpStatus() {
        // when
        RemoteOutcome<Void> outcome = translator.confirmOutcome(new AmazonResponse(400, "Bad Request", null));

        // then
        assertThat(outcome).isEqualTo(RemoteOutcome.rejected("HTTP 400", "Bad Request"));
    }

    @Test
    void aGatewayErrorIsUnknownSoTheConfirmationIsTriedAgainLater() {
        // when
        RemoteOutcome<Void> outcome = translator.confirmOutcome(new AmazonResponse(502, "Bad Gateway", null));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Unknown.class,
                        unknown -> assertThat(unknown.cause()).contains("502").contains("not confirmed yet"));
    }

    @Test
    void aFailedReadSaysWhetherItWasThrottledRefusedUnavailableOrInvalid() {
        // given
        String quota = fixture("error-quota-exceeded.json");

        // when / then
        assertThat(translator.readFailure(new AmazonResponse(429, quota, "r")).kind())
                .isEqualTo(ChannelException.Kind.THROTTLED);
        assertThat(translator.readFailure(new AmazonResponse(429, quota, "r")).getMessage())
                .isEqualTo(
                        "searchOrders answered 429 QuotaExceeded: You exceeded your quota for the requested resource."
                                + " [requestId r]");
        assertThat(translator.readFailure(new AmazonResponse(403, "{}", null)).kind())
                .isEqualTo(ChannelException.Kind.UNAUTHORIZED);
        assertThat(translator.readFailure(new AmazonResponse(503, "", null)).kind())
                .isEqualTo(ChannelException.Kind.UNAVAILABLE);
        assertThat(translator.readFailure(new AmazonResponse(400, "{}", null)).kind())
                .isEqualTo(ChannelException.Kind.INVALID_REQUEST);
    }

    // getOrder

    @Test
    void getOrderAsksForTheSameDatasetsAsSearchOrders() {
        // when
        List<String> included = translator.getOrderIncludedData();

        // then
        assertThat(included).containsExactly("RECIPIENT", "FULFILLMENT", "PROCEEDS", "BUYER");
    }

    @Test
    void aGetOrderAnswerReadsAsTheSameOrderTheSearchPageHolds() {
        // given
        AmazonResponse answer = new AmazonResponse(200, fixture("get-order-unshipped.json"), "req-9");

        // when
        OrderPage page = translator.fetchedOrder(answer);

        // then
        ChannelOrder listed = translator
                .orderPage(fixture("search-orders-two-good-orders.json"))
                .orders()
                .get(0);
        assertThat(page.orders()).containsExactly(listed);
        assertThat(page.malformed()).isEmpty();
        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void aGetOrderAnswerWhoseOrderCannotBeReadIsMalformedWithItsRawPayload() {
        // given an order whose first item lost its seller SKU
        String body = fixture("get-order-unshipped.json").replace("\"sellerSku\": \"JN-MUG-001\",", "");

        // when
        OrderPage page = translator.fetchedOrder(new AmazonResponse(200, body, "req-9"));

        // then
        assertOnlyMalformed(page, "113-1234567-7654321", "item 10000000000001: missing product.sellerSku")
                .startsWith("{\"orderId\":\"113-1234567-7654321\"")
                .contains("JN-TEE-002");
    }

    @Test
    void aGetOrderAnsweredNotFoundIsAnEmptyPage() {
        // given
        AmazonResponse answer = new AmazonResponse(
                404,
                "{\"errors\":[{\"code\":\"NotFound\",\"message\":\"The requested order was not found.\"}]}",
                "req-9");

        // when
        OrderPage page = translator.fetchedOrder(answer);

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed()).isEmpty();
    }

    @Test
    void aRefusedGetOrderIsAReadFailureWithAmazonsCodeAndRequestId() {
        // given
        AmazonResponse answer = new AmazonResponse(
                403,
                "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested resource is denied.\"}]}",
                "req-9");

        // when / then
        assertThatThrownBy(() -> translator.fetchedOrder(answer)).isInstanceOfSatisfying(ChannelException.class, e -> {
            assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
            assertThat(e.getMessage())
                    .isEqualTo(
                            "getOrder answered 403 Unauthorized: Access to requested resource is denied. [requestId req-9]");
        });
    }
}
