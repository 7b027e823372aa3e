package io.junction.connectors.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ReturnRequestPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.UsagePlans;
import io.junction.simulator.MarketplaceSimulator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every connector does, whatever its platform: each connector's test extends this one against
 * its simulator and supplies what is its platform's own (how orders are placed, what a broken order
 * is called, how the simulator counts calls). The platform's own behaviour (paging, windows, refusals
 * particular to it) stays in that test.
 *
 * @param <C> the platform's connector
 * @param <S> the platform's simulator
 * @param <P> the platform's settings
 */
public abstract class ConnectorContractTest<C extends ChannelConnector, S extends MarketplaceSimulator<S, ?>, P> {

    protected static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    protected final MutableClock clock = new MutableClock(NOW);
    protected final RecordingCallQuota quota = new RecordingCallQuota();
    /** Set by {@link #start()}. */
    protected C connector;
    /** The platform's simulator; set by {@link #start()}. */
    protected S simulator;
    /** The simulator's shop; set by {@link #start()}. */
    protected ShopAccess shop;

    /**
     * What a platform's test tells the contract of its platform.
     *
     * @param platform the platform's code, as shops store it
     * @param dataDelay how far behind now the platform's search can be trusted
     * @param windowOverlap how far each window reaches back into the previous one
     * @param usagePlans the platform's default usage plans
     * @param pageOperations the operations a read of one page of orders takes from the seller's buckets
     * @param unknownOrderId an order id the platform has no order for
     * @param malformedReason how the translator's reason for the order of {@code placeMalformedOrder} ends
     * @param busyAnswer what the unknown outcome of {@code failsEveryShipmentAttempt()} says of the answer
     */
    public record Platform(
            String platform,
            Duration dataDelay,
            Duration windowOverlap,
            UsagePlans usagePlans,
            List<String> pageOperations,
            String unknownOrderId,
            String malformedReason,
            String busyAnswer) {}

    /** The calls to the platform the contract counts. */
    public enum Call {
        /** A read of a page of the order list (search). */
        LIST,
        /** A read of one order by its id. */
        ONE_ORDER,
        /** A shipment confirmation. */
        SHIPMENT
    }

    /**
     * A secret the platform refuses, and what it answers.
     *
     * @param credential the credential's key in the shop's credentials
     * @param value the wrong value, which the connector's message must not repeat
     * @param messageMentions what the connector's message says of the refusal
     */
    public record WrongSecret(String credential, String value, List<String> messageMentions) {}

    /** A platform's connector constructor: its settings, HTTP client, clock and call quota. */
    @FunctionalInterface
    public interface Connectors<P, C> {
        C connector(P properties, OkHttpClient http, Clock clock, CallQuota quota);
    }

    private final Platform platform;
    private final Function<Clock, S> simulators;
    private final Connectors<P, C> connectors;
    private final P quickSettings;

    /**
     * @param simulators the platform's simulator on a clock, not started
     * @param connectors the platform's connector
     * @param quickSettings settings with quick retries (three attempts) and short time-outs
     */
    protected ConnectorContractTest(
            Platform platform, Function<Clock, S> simulators, Connectors<P, C> connectors, P quickSettings) {
        this.platform = platform;
        this.simulators = simulators;
        this.connectors = connectors;
        this.quickSettings = quickSettings;
    }

    /**
     * Starts the platform's simulator on {@code simulatorClock} and a connector with {@code properties} on
     * {@code connectorClock} against it, its calls taken from {@link #quota}; sets {@link #simulator},
     * {@link #connector} and {@link #shop}, the simulator's shop.
     */
    protected void start(Clock simulatorClock, Clock connectorClock, P properties) {
        simulator = simulators.apply(simulatorClock).start();
        connector = connectors.connector(properties, new OkHttpClient(), connectorClock, quota);
        shop = simulator.shopAccess(1L, platform.platform());
    }

    /** Starts the simulator and a connector with the quick settings, both on {@link #clock}. */
    protected void start() {
        start(clock, clock, quickSettings);
    }

    /** The platform's simulator, started by {@link #start()}. */
    protected S simulator() {
        return simulator;
    }

    // what each platform's test supplies

    /** Places an order the translator cannot read (a line without its SKU); its id. */
    protected abstract String placeMalformedOrder(Instant modifiedAt);

    /** How the raw payload of a malformed order read again by its id starts. */
    protected abstract String readAgainPayloadStart(String orderId);

    /** A shipment of every line of the order, tracked by one number. */
    protected abstract ShipmentConfirmation shipmentOf(String orderId);

    /** What the simulator recorded of the shipment {@code sent} of the order, and the order's status since. */
    protected abstract void assertShipmentRecorded(String orderId, ShipmentConfirmation sent);

    /** The secret whose wrong value the platform refuses. */
    protected abstract WrongSecret wrongSecret();

    /** How many such calls reached the simulator. */
    protected abstract int calls(Call call);

    /** How many shipments the simulator recorded for the order. */
    protected abstract int shipmentsRecorded(String orderId);

    /** The seller account's fingerprint under which calls are counted. */
    protected abstract String sellerAccount();

    /** What the platform tells of each order placed in the window (its id's shape, currency, address, dates). */
    protected abstract void assertReadAsPlaced(ChannelOrder order);

    /** How many orders are placed in the window that is read; enough for what the platform's test checks. */
    protected int ordersInTheWindow() {
        return 3;
    }

    /** What else the page of the orders placed in the window shows, or the simulator saw reading it; that no page follows unless said. */
    protected void assertPageAlso(OrderPage page) {
        assertThat(page.nextPageToken()).isNull();
    }

    /** The order read again by its id reads as the window read it; a platform may know less of it alone. */
    protected void assertReadAgainAsListed(ChannelOrder readAgain, ChannelOrder listed) {
        assertThat(readAgain).isEqualTo(listed);
    }

    /** What else the raw payload of a malformed order in a page mentions. */
    protected List<String> malformedPayloadMentions() {
        return List.of();
    }

    /** Places the malformed order that is read again by its id; {@link #placeMalformedOrder} unless said. */
    protected String placeMalformedOrderToReadAgain(Instant modifiedAt) {
        return placeMalformedOrder(modifiedAt);
    }

    /** How the reason for the order read again ends; the page's malformed reason unless said. */
    protected String readAgainReason() {
        return platform.malformedReason();
    }

    /** What else the raw payload of the malformed order read again mentions. */
    protected List<String> readAgainPayloadMentions() {
        return List.of();
    }

    /** Every attempt of the next shipment call fails as the platform fails when busy; a server error unless said. */
    protected void failsEveryShipmentAttempt() {
        simulator().failsNext(500, 3);
    }

    /** The first attempt of the next shipment call fails as the platform fails when busy; the retry passes. */
    protected void failsOneShipmentAttempt() {
        simulator().failsNext(503);
    }

    /** The next read fails once before it is answered; a dropped connection unless said. */
    protected void interruptsTheNextRead() {
        simulator().dropsNextRequests(1);
    }

    /** What else the simulator saw of a read retried after {@link #interruptsTheNextRead()}. */
    protected void assertRetriedReadAlso() {}

    /** What else the simulator saw when a wrong secret was refused. */
    protected void assertWrongSecretRefusedAlso() {}

    @AfterEach
    void stopTheSimulator() {
        if (simulator() != null) {
            simulator().stop();
        }
    }

    // helpers

    protected SyncWindow lastHour() {
        return lastHourUntil(clock.instant());
    }

    /** The hour before {@code now}, up to the newest moment the platform can be asked about. */
    protected SyncWindow lastHourUntil(Instant now) {
        return new SyncWindow(now.minus(Duration.ofHours(1)), connector.newestQueryable(now));
    }

    /** The first page of the return requests modified from {@link #NOW} minus an hour to the clock's now. */
    protected ReturnRequestPage returnRequestsSinceAnHourBeforeNow() {
        return connector.fetchReturnRequests(
                shop, new SyncWindow(NOW.minus(Duration.ofHours(1)), clock.instant()), null);
    }

    /** Every order of every page of {@code window}. */
    protected List<ChannelOrder> readAll(SyncWindow window) {
        return readPages(window).stream()
                .flatMap(page -> page.orders().stream())
                .toList();
    }

    /** Every page of {@code window}. */
    protected List<OrderPage> readPages(SyncWindow window) {
        return readPagesFrom(window, connector.fetchUpdatedOrders(shop, window, null));
    }

    /** The page {@code first} of {@code window} and every page after it. */
    protected List<OrderPage> readPagesFrom(SyncWindow window, OrderPage first) {
        List<OrderPage> pages = new ArrayList<>(List.of(first));
        String token = first.nextPageToken();
        while (token != null) {
            OrderPage page = connector.fetchUpdatedOrders(shop, window, token);
            pages.add(page);
            token = page.nextPageToken();
        }
        return pages;
    }

    /** The ids of the orders of {@code pages}, in the order read. */
    protected static List<String> orderIdsOf(List<OrderPage> pages) {
        return pages.stream()
                .flatMap(page -> page.orders().stream())
                .map(ChannelOrder::platformOrderId)
                .toList();
    }

    /** How many orders each of {@code pages} holds. */
    protected static List<Integer> sizesOf(List<OrderPage> pages) {
        return pages.stream().map(page -> page.orders().size()).toList();
    }

    /** Places {@code perMinute} orders at each whole minute from {@code fromMinutesAgo} to {@code toMinutesAgo}; their ids. */
    protected List<String> placeOrdersEveryMinute(int perMinute, int fromMinutesAgo, int toMinutesAgo) {
        List<String> placed = new ArrayList<>();
        for (int minute = fromMinutesAgo; minute >= toMinutesAgo; minute--) {
            placed.addAll(simulator().placeOrders(perMinute, NOW.minus(Duration.ofMinutes(minute))));
        }
        return placed;
    }

    /** Places one ready-to-ship order {@code ago} before {@link #NOW}; its id. */
    protected String placeOrder(Duration ago) {
        return simulator().placeOrders(1, NOW.minus(ago)).get(0);
    }

    /** The order's total is the sum of its lines' unit prices times their quantities. */
    protected static void assertTotalIsTheSumOfItsLines(ChannelOrder order) {
        assertThat(order.total())
                .isEqualByComparingTo(order.lines().stream()
                        .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** {@code call} throws a {@link ChannelException} of {@code kind} whose message mentions each of {@code mentions}. */
    protected static void assertFailsAs(ChannelException.Kind kind, ThrowingCallable call, String... mentions) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ChannelException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            if (mentions.length > 0) {
                assertThat(e.getMessage()).contains(mentions);
            }
        });
    }

    private static List<String> idAnd(String id, List<String> more) {
        List<String> all = new ArrayList<>(more);
        all.add(0, id);
        return all;
    }

    // the SPI's fixed answers

    @Test
    void theConnectorServesItsPlatformWithItsDataDelayAndOverlap() {
        // when
        start();

        // then
        assertThat(connector.platform()).isEqualTo(platform.platform());
        assertThat(connector.newestQueryable(NOW)).isEqualTo(NOW.minus(platform.dataDelay()));
        assertThat(connector.windowOverlap()).isEqualTo(platform.windowOverlap());
        assertThat(connector.credentialKeys())
                .containsExactlyInAnyOrderElementsOf(shop.credentials().keySet());
    }

    // a page of orders

    @Test
    void ordersModifiedInTheWindowAreReadWithTheirLinesAndAddressAndNoOthers() {
        // given
        start();
        List<String> placed = simulator().placeOrders(ordersInTheWindow(), NOW.minus(Duration.ofMinutes(30)));
        simulator().placeOrders(2, NOW.minus(Duration.ofHours(3)));

        // when
        OrderPage page = connector.fetchUpdatedOrders(shop, lastHour(), null);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactlyInAnyOrderElementsOf(placed);
        assertThat(page.malformed()).isEmpty();
        assertThat(page.orders()).allSatisfy(order -> {
            assertThat(order.state()).isEqualTo(PlatformState.READY_TO_SHIP);
            assertThat(order.shipTo()).isNotNull();
            assertThat(order.lines()).isNotEmpty().allSatisfy(line -> {
                assertThat(line.sku()).startsWith("JN-");
                assertThat(line.quantity()).isPositive();
            });
            assertReadAsPlaced(order);
        });
        assertPageAlso(page);
    }

    @Test
    void aMalformedOrderIsQuarantinedWhileTheRestOfThePageIsRead() {
        // given
        start();
        List<String> good = simulator().placeOrders(2, NOW.minus(Duration.ofMinutes(20)));
        String bad = placeMalformedOrder(NOW.minus(Duration.ofMinutes(19)));

        // when
        OrderPage page = connector.fetchUpdatedOrders(shop, lastHour(), null);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactlyInAnyOrderElementsOf(good);
        assertThat(page.malformed()).singleElement().satisfies(malformed -> {
            assertThat(malformed.platformOrderId()).isEqualTo(bad);
            assertThat(malformed.reason()).endsWith(platform.malformedReason());
            assertThat(malformed.rawPayload()).contains(idAnd(bad, malformedPayloadMentions()));
        });
    }

    @Test
    void everyCallTakesFromTheSellerAccountsBucketForItsMethod() {
        // given
        start();
        simulator().placeOrders(2, NOW.minus(Duration.ofMinutes(30)));

        // when
        connector.fetchUpdatedOrders(shop, lastHour(), null);

        // then
        assertThat(quota.operations()).containsAll(platform.pageOperations());
        assertThat(quota.acquired).allSatisfy(a -> {
            assertThat(a.key().platform()).isEqualTo(platform.platform());
            assertThat(a.key().sellerAccount()).isEqualTo(sellerAccount());
            assertThat(a.plan()).isEqualTo(platform.usagePlans().plan(a.key().operation()));
        });
    }

    @Test
    void anInterruptedReadIsRetriedAndUnavailableWhenTheConnectionKeepsDropping() {
        // given
        start();
        simulator().placeOrders(1, NOW.minus(Duration.ofMinutes(10)));
        interruptsTheNextRead();

        // when
        OrderPage recovered = connector.fetchUpdatedOrders(shop, lastHour(), null);

        // then
        assertThat(recovered.orders()).hasSize(1);
        assertRetriedReadAlso();

        // and when every attempt is dropped
        simulator().dropsNextRequests(10);

        // then
        assertFailsAs(ChannelException.Kind.UNAVAILABLE, () -> connector.fetchUpdatedOrders(shop, lastHour(), null));
    }

    @Test
    void aWrongSecretIsUnauthorizedAndTheMessageCarriesNoSecret() {
        // given
        start();
        WrongSecret wrong = wrongSecret();
        Map<String, String> credentials = new HashMap<>(shop.credentials());
        credentials.put(wrong.credential(), wrong.value());
        ShopAccess badShop = new ShopAccess(
                2L, shop.platform(), shop.endpoint(), shop.authEndpoint(), credentials, shop.marketplaceIds());

        // when / then
        assertThatThrownBy(() -> connector.fetchUpdatedOrders(badShop, lastHour(), null))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage()).contains(wrong.messageMentions()).doesNotContain(wrong.value());
                });
        assertWrongSecretRefusedAlso();
    }

    // one order again

    @Test
    void anOrderReadAgainByItsIdIsTheOrderTheWindowReads() {
        // given
        start();
        String orderId = placeOrder(Duration.ofMinutes(30));
        ChannelOrder listed =
                connector.fetchUpdatedOrders(shop, lastHour(), null).orders().get(0);
        int listsBefore = calls(Call.LIST);
        int readsBefore = calls(Call.ONE_ORDER);

        // when
        OrderPage page = connector.fetchOrder(shop, orderId);

        // then
        assertThat(page.malformed()).isEmpty();
        assertThat(page.nextPageToken()).isNull();
        assertThat(page.orders()).singleElement().satisfies(order -> assertReadAgainAsListed(order, listed));
        assertThat(calls(Call.ONE_ORDER)).isEqualTo(readsBefore + 1);
        assertThat(calls(Call.LIST)).isEqualTo(listsBefore);
    }

    @Test
    void aMalformedOrderReadAgainIsMalformedAgainWithItsRawPayload() {
        // given
        start();
        String bad = placeMalformedOrderToReadAgain(NOW.minus(Duration.ofMinutes(19)));

        // when
        OrderPage page = connector.fetchOrder(shop, bad);

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed()).singleElement().satisfies(malformed -> {
            assertThat(malformed.platformOrderId()).isEqualTo(bad);
            assertThat(malformed.reason()).endsWith(readAgainReason());
            assertThat(malformed.rawPayload())
                    .startsWith(readAgainPayloadStart(bad))
                    .contains(idAnd(bad, readAgainPayloadMentions()));
        });
    }

    @Test
    void anOrderThePlatformDoesNotHaveReadsAsAnEmptyPage() {
        // given
        start();

        // when
        OrderPage page = connector.fetchOrder(shop, platform.unknownOrderId());

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed()).isEmpty();
        assertThat(calls(Call.ONE_ORDER)).isEqualTo(1);
    }

    // confirming a shipment

    @Test
    void aShipmentIsAcceptedAndRecorded() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        ShipmentConfirmation shipment = shipmentOf(orderId);

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, shipment);

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertShipmentRecorded(orderId, shipment);
    }

    @Test
    void aShipmentFailingOnceIsRetriedAndRecordedOnce() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        failsOneShipmentAttempt();

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, shipmentOf(orderId));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(calls(Call.SHIPMENT)).isEqualTo(2);
        assertThat(shipmentsRecorded(orderId)).isEqualTo(1);
    }

    @Test
    void confirmingTheSameShipmentAgainSucceedsAndThePlatformRecordsItOnce() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        ShipmentConfirmation shipment = shipmentOf(orderId);
        connector.confirmShipment(shop, shipment);

        // when
        RemoteOutcome<Void> again = connector.confirmShipment(shop, shipment);

        // then
        assertThat(again).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(calls(Call.SHIPMENT)).isEqualTo(2);
        assertThat(shipmentsRecorded(orderId)).isEqualTo(1);
    }

    @Test
    void aConnectionDroppedAfterThePlatformAcceptedIsUnknownAndNotResent() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        simulator().dropsConnectionAfterAccepting();

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, shipmentOf(orderId));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Unknown.class,
                        unknown -> assertThat(unknown.cause()).startsWith("no answer after sending"));
        assertThat(calls(Call.SHIPMENT)).isEqualTo(1);
        assertThat(shipmentsRecorded(orderId)).isEqualTo(1);
    }

    @Test
    void aShipmentStillFailingAfterEveryAttemptIsUnknownSoTheWriteBackRetriesLater() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        failsEveryShipmentAttempt();

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, shipmentOf(orderId));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Unknown.class,
                        unknown -> assertThat(unknown.cause())
                                .contains(platform.busyAnswer())
                                .endsWith("not confirmed yet"));
        assertThat(shipmentsRecorded(orderId)).isZero();
    }

    @Test
    void aShippedOrderIsReadAgainAsShippedInTheNextWindow() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        connector.confirmShipment(shop, shipmentOf(orderId));
        clock.advance(Duration.ofMinutes(5));

        // when
        List<ChannelOrder> read = readAll(lastHour());

        // then
        assertThat(read).singleElement().satisfies(order -> {
            assertThat(order.platformOrderId()).isEqualTo(orderId);
            assertThat(order.state()).isEqualTo(PlatformState.SHIPPED);
            assertThat(order.updatedAt()).isEqualTo(NOW);
        });
    }
}
