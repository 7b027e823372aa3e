package io.junction.connectors.amazon;

import static io.junction.connectors.kit.TestCallSettings.fast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.SyncWindow;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.connectors.kit.ConnectorContractTest;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.QuotaKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The connector end to end against the Amazon simulator: the contract every connector keeps, and SP-API's own ways. */
class AmazonConnectorTest extends ConnectorContractTest<AmazonConnector, AmazonSimulator, AmazonProperties> {

    private static final AmazonProperties FAST = fast(AmazonProperties.defaults());

    private ShipmentConfirmation confirmationOfEverything(String orderId, long packageReference) {
        List<ShipmentConfirmation.Item> items = simulator.order(orderId).lines().stream()
                .map(line -> new ShipmentConfirmation.Item(line.orderItemId(), line.quantity()))
                .toList();
        return new ShipmentConfirmation(
                orderId,
                simulator.marketplaceId(),
                packageReference,
                "Yun Express",
                null,
                "YunExpress Global Direct",
                "YT2403012345678",
                clock.instant(),
                items,
                true);
    }

    // the contract's platform facts

    AmazonConnectorTest() {
        super(
                new Platform(
                        "AMAZON",
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(10),
                        AmazonProperties.DEFAULT_USAGE_PLANS,
                        List.of(AmazonProperties.SEARCH_ORDERS),
                        "113-0000000-0000000",
                        "missing product.sellerSku",
                        "500"),
                AmazonSimulator::new,
                AmazonConnector::new,
                FAST);
    }

    @Override
    protected int calls(Call call) {
        return switch (call) {
            case LIST -> simulator.searchRequests();
            case ONE_ORDER -> simulator.getOrderRequests();
            case SHIPMENT -> simulator.confirmRequests();
        };
    }

    @Override
    protected String placeMalformedOrder(Instant modifiedAt) {
        return simulator.placeMalformedOrder(modifiedAt);
    }

    @Override
    protected String placeMalformedOrderToReadAgain(Instant modifiedAt) {
        return simulator.placeMalformedOrder(modifiedAt, AmazonSimulator.Malformation.NEGATIVE_QUANTITY);
    }

    @Override
    protected String readAgainReason() {
        return "quantityOrdered -1 is not positive";
    }

    @Override
    protected String readAgainPayloadStart(String orderId) {
        return "{\"orderId\":\"" + orderId + "\"";
    }

    @Override
    protected List<String> readAgainPayloadMentions() {
        return List.of("\"quantityOrdered\":-1");
    }

    @Override
    protected ShipmentConfirmation shipmentOf(String orderId) {
        return confirmationOfEverything(orderId, 42L);
    }

    @Override
    protected void assertShipmentRecorded(String orderId, ShipmentConfirmation sent) {
        assertThat(simulator.confirmations(orderId)).singleElement().satisfies(recorded -> {
            assertThat(recorded.packageReferenceId()).isEqualTo("42");
            assertThat(recorded.carrierCode()).isEqualTo("Yun Express");
            assertThat(recorded.trackingNumber()).isEqualTo("YT2403012345678");
            assertThat(recorded.shipDate()).isEqualTo(NOW);
            assertThat(recorded.items())
                    .extracting(AmazonSimulator.Confirmation.Item::orderItemId)
                    .containsExactlyElementsOf(sent.items().stream()
                            .map(ShipmentConfirmation.Item::platformLineId)
                            .toList());
        });
        assertThat(simulator.fulfillmentStatus(orderId)).isEqualTo("SHIPPED");
        assertThat(simulator.order(orderId).lastUpdatedTime()).isEqualTo(NOW);
    }

    @Override
    protected WrongSecret wrongSecret() {
        return new WrongSecret("refreshToken", "Atzr|stolen-and-revoked", List.of("invalid_grant"));
    }

    /** The token was refused, so no orders were asked for. */
    @Override
    protected void assertWrongSecretRefusedAlso() {
        assertThat(calls(Call.LIST)).isZero();
    }

    @Override
    protected int shipmentsRecorded(String orderId) {
        return simulator.confirmations(orderId).size();
    }

    @Override
    protected void assertReadAsPlaced(ChannelOrder order) {
        assertThat(order.platformOrderId()).matches("\\d{3}-\\d{7}-\\d{7}");
        assertThat(order.marketplaceId()).isEqualTo("ATVPDKIKX0DER");
        assertThat(order.shipTo().countryCode()).isNotBlank();
        assertThat(order.buyerName()).isNotBlank();
        assertThat(order.shipBy()).isEqualTo(order.createdAt().plus(Duration.ofDays(2)));
        assertTotalIsTheSumOfItsLines(order);
    }

    @Override
    protected String sellerAccount() {
        Map<String, String> credentials = simulator.credentials();
        return QuotaKey.fingerprint(credentials.get("clientId"), credentials.get("refreshToken"));
    }

    // searchOrders

    @Test
    void moreThanAHundredOrdersArePagedAndEachIsReadExactlyOnce() {
        // given
        start();
        List<String> placed = placeOrdersEveryMinute(5, 59, 5);

        // when
        List<OrderPage> pages = readPages(lastHour());

        // then
        assertThat(placed).hasSize(275);
        assertThat(sizesOf(pages)).containsExactly(100, 100, 75);
        assertThat(orderIdsOf(pages)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
    }

    @Test
    void aWindowEndingInTheLastTwoMinutesIsRefusedAsAnInvalidRequest() {
        // given
        start();
        SyncWindow tooRecent = new SyncWindow(NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofSeconds(30)));

        // when / then
        assertFailsAs(
                ChannelException.Kind.INVALID_REQUEST,
                () -> connector.fetchUpdatedOrders(shop, tooRecent, null),
                "400 InvalidInput",
                "at least 2 minutes before");
    }

    @Test
    void aThrottledReadIsRetriedAfterABackOffAndThenSucceeds() {
        // given Amazon answers the next two searches 429 QuotaExceeded, whatever the machine's speed
        AmazonProperties retrying =
                AmazonProperties.defaults().withRetry(8, Duration.ofMillis(40), Duration.ofMillis(80));
        start(Clock.systemUTC(), Clock.systemUTC(), retrying);
        Instant now = Instant.now();
        String placed =
                simulator.placeOrders(1, now.minus(Duration.ofMinutes(10))).get(0);
        SyncWindow window = lastHourUntil(now);
        connector.fetchUpdatedOrders(shop, window, null);
        int searchesBefore = simulator.searchRequests();
        simulator.failsNext(429, 2);

        // when
        OrderPage page = connector.fetchUpdatedOrders(shop, window, null);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactly(placed);
        assertThat(simulator.throttledRequests()).isEqualTo(2);
        assertThat(simulator.searchRequests() - searchesBefore).isEqualTo(3);
    }

    @Test
    void aReadStillThrottledAfterEveryAttemptIsReportedAsThrottled() {
        // given
        start();
        simulator.failsNext(429, 3);

        // when / then
        assertFailsAs(
                ChannelException.Kind.THROTTLED,
                () -> connector.fetchUpdatedOrders(shop, lastHour(), null),
                "QuotaExceeded");
        assertThat(simulator.searchRequests()).isEqualTo(3);
    }

    // the access token

    @Test
    void theAccessTokenIsCachedAndRefreshedShortlyBeforeItExpires() {
        // given
        start();

        // when
        connector.fetchUpdatedOrders(shop, lastHour(), null);
        connector.fetchUpdatedOrders(shop, lastHour(), null);
        int afterTwoReads = simulator.tokenRequests();
        clock.advance(Duration.ofMinutes(58));
        connector.fetchUpdatedOrders(shop, lastHour(), null);
        int after58Minutes = simulator.tokenRequests();
        clock.advance(Duration.ofSeconds(90));
        connector.fetchUpdatedOrders(shop, lastHour(), null);

        // then: an hour's token is used until a minute before it expires
        assertThat(afterTwoReads).isEqualTo(1);
        assertThat(after58Minutes).isEqualTo(1);
        assertThat(simulator.tokenRequests()).isEqualTo(2);
    }

    @Test
    void aRevokedCachedTokenIsRefreshedOnceAndTheReadSucceeds() {
        // given
        start();
        connector.fetchUpdatedOrders(shop, lastHour(), null);
        simulator.revokeAccessTokens();

        // when
        OrderPage page = connector.fetchUpdatedOrders(shop, lastHour(), null);

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(simulator.tokenRequests()).isEqualTo(2);
    }

    // confirmShipment

    @Test
    void aConfirmationOfAnUnknownOrderItemIsRejectedWithAmazonsReason() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        ShipmentConfirmation wrongItem = new ShipmentConfirmation(
                orderId,
                simulator.marketplaceId(),
                5L,
                "Yun Express",
                null,
                "Standard",
                "YT1",
                NOW,
                List.of(new ShipmentConfirmation.Item("999", 1)),
                true);

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, wrongItem);

        // then
        assertThat(outcome).isInstanceOfSatisfying(RemoteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("InvalidInput");
            assertThat(rejected.message()).startsWith("Invalid orderItemId 999 for order " + orderId);
        });
        assertThat(simulator.confirmations(orderId)).isEmpty();
        assertThat(simulator.fulfillmentStatus(orderId)).isEqualTo("UNSHIPPED");
    }

    // getOrder: re-reading one order

    @Test
    void aGetOrderThrottledPastEveryAttemptIsThrottled() {
        // given getOrder's bucket holds one call and refills every 100 s
        start();
        String orderId = placeOrder(Duration.ofMinutes(30));
        simulator.getOrderQuota(0.01, 1);
        connector.fetchOrder(shop, orderId);

        // when / then
        assertThatThrownBy(() -> connector.fetchOrder(shop, orderId))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.THROTTLED);
                    assertThat(e.getMessage()).startsWith("getOrder answered 429 QuotaExceeded");
                });
        assertThat(simulator.getOrderRequests()).isEqualTo(4);
    }
}
