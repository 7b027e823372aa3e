package io.junction.connectors.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.connectors.kit.ConnectorContractTest;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.QuotaKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connector end to end against the Amazon simulator: the contract every connector keeps, and SP-API's own ways. */
class AmazonConnectorTest extends ConnectorContractTest<AmazonConnector> {

    private static final AmazonProperties FAST = AmazonProperties.defaults()
            .withRetry(3, Duration.ofMillis(10), Duration.ofMillis(40))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    private AmazonSimulator simulator;

    private void start(Clock simulatorClock, Clock connectorClock, AmazonProperties properties) {
        simulator = new AmazonSimulator(simulatorClock).start();
        connector = new AmazonConnector(properties, new OkHttpClient(), connectorClock, quota);
        shop = new ShopAccess(
                1L,
                "AMAZON",
                simulator.baseUrl(),
                simulator.tokenUrl(),
                simulator.credentials(),
                List.of(simulator.marketplaceId()));
    }

    @Override
    protected void start() {
        start(clock, clock, FAST);
    }

    @AfterEach
    void stopSimulator() {
        if (simulator != null) {
            simulator.stop();
        }
    }

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
        super(new Platform(
                "AMAZON",
                Duration.ofMinutes(2),
                Duration.ofMinutes(10),
                AmazonProperties.DEFAULT_USAGE_PLANS,
                List.of(AmazonProperties.SEARCH_ORDERS),
                "113-0000000-0000000",
                "missing product.sellerSku",
                "500"));
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
    protected AmazonSimulator simulator() {
        return simulator;
    }

    @Override
    protected void failsEveryShipmentAttempt() {
        simulator.failsNext(500, 3);
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
        assertThat(order.total())
                .isEqualByComparingTo(order.lines().stream()
                        .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Override
    protected void assertPageAlso(OrderPage page) {
        assertThat(page.nextPageToken()).isNull();
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
        List<String> placed = new ArrayList<>();
        for (int minute = 59; minute >= 5; minute--) {
            placed.addAll(simulator.placeOrders(5, NOW.minus(Duration.ofMinutes(minute))));
        }
        SyncWindow window = lastHour();

        // when
        List<String> read = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            OrderPage page = connector.fetchUpdatedOrders(shop, window, token);
            page.orders().forEach(o -> read.add(o.platformOrderId()));
            pageSizes.add(page.orders().size());
            token = page.nextPageToken();
        } while (token != null);

        // then
        assertThat(placed).hasSize(275);
        assertThat(pageSizes).containsExactly(100, 100, 75);
        assertThat(read).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
    }

    @Test
    void aWindowEndingInTheLastTwoMinutesIsRefusedAsAnInvalidRequest() {
        // given
        start();
        SyncWindow tooRecent = new SyncWindow(NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofSeconds(30)));

        // when / then
        assertThatThrownBy(() -> connector.fetchUpdatedOrders(shop, tooRecent, null))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.INVALID_REQUEST);
                    assertThat(e.getMessage()).contains("400 InvalidInput", "at least 2 minutes before");
                });
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
        SyncWindow window = new SyncWindow(now.minus(Duration.ofHours(1)), connector.newestQueryable(now));
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
        assertThatThrownBy(() -> connector.fetchUpdatedOrders(shop, lastHour(), null))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.THROTTLED);
                    assertThat(e.getMessage()).contains("QuotaExceeded");
                });
        assertThat(simulator.searchRequests()).isEqualTo(3);
    }

    @Test
    void aDroppedConnectionOnAReadIsRetriedAndUnavailableWhenItKeepsDropping() {
        // given
        start();
        simulator.placeOrders(1, NOW.minus(Duration.ofMinutes(10)));
        simulator.dropsNextRequests(1);

        // when
        OrderPage recovered = connector.fetchUpdatedOrders(shop, lastHour(), null);
        simulator.dropsNextRequests(10);

        // then
        assertThat(recovered.orders()).hasSize(1);
        assertThatThrownBy(() -> connector.fetchUpdatedOrders(shop, lastHour(), null))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAVAILABLE));
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

    @Test
    void aWrongRefreshTokenIsUnauthorizedAndNoOrdersAreAskedFor() {
        // given
        start();
        Map<String, String> wrong = new HashMap<>(simulator.credentials());
        wrong.put("refreshToken", "Atzr|stolen-and-revoked");
        ShopAccess badShop = new ShopAccess(
                2L, "AMAZON", simulator.baseUrl(), simulator.tokenUrl(), wrong, List.of(simulator.marketplaceId()));

        // when / then
        assertThatThrownBy(() -> connector.fetchUpdatedOrders(badShop, lastHour(), null))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage()).contains("invalid_grant").doesNotContain("stolen");
                });
        assertThat(simulator.searchRequests()).isZero();
    }

    // confirmShipment

    @Test
    void aShipmentConfirmationIsAcceptedRecordedAndTheOrderBecomesShipped() {
        // given
        start();
        String orderId =
                simulator.placeOrders(1, NOW.minus(Duration.ofHours(2))).get(0);
        ShipmentConfirmation confirmation = confirmationOfEverything(orderId, 42L);

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, confirmation);

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(simulator.confirmations(orderId)).singleElement().satisfies(recorded -> {
            assertThat(recorded.packageReferenceId()).isEqualTo("42");
            assertThat(recorded.carrierCode()).isEqualTo("Yun Express");
            assertThat(recorded.trackingNumber()).isEqualTo("YT2403012345678");
            assertThat(recorded.shipDate()).isEqualTo(NOW);
            assertThat(recorded.items())
                    .extracting(AmazonSimulator.Confirmation.Item::orderItemId)
                    .containsExactlyElementsOf(confirmation.items().stream()
                            .map(ShipmentConfirmation.Item::platformLineId)
                            .toList());
        });
        assertThat(simulator.fulfillmentStatus(orderId)).isEqualTo("SHIPPED");
        assertThat(simulator.order(orderId).lastUpdatedTime()).isEqualTo(NOW);
    }

    @Test
    void aServerErrorIsRetriedAndTheRetrySucceedsWithOneConfirmation() {
        // given
        start();
        String orderId =
                simulator.placeOrders(1, NOW.minus(Duration.ofHours(2))).get(0);
        simulator.failsNext(503);

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, confirmationOfEverything(orderId, 8L));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(simulator.confirmRequests()).isEqualTo(2);
        assertThat(simulator.confirmations(orderId)).hasSize(1);
    }

    @Test
    void aConfirmationOfAnUnknownOrderItemIsRejectedWithAmazonsReason() {
        // given
        start();
        String orderId =
                simulator.placeOrders(1, NOW.minus(Duration.ofHours(2))).get(0);
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
        String orderId =
                simulator.placeOrders(1, NOW.minus(Duration.ofMinutes(30))).get(0);
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
