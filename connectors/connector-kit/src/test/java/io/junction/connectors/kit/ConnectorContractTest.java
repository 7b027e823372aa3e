package io.junction.connectors.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.UsagePlans;
import io.junction.simulator.MarketplaceSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every connector does, whatever its platform: each connector's test extends this one against
 * its simulator and supplies what is its platform's own (how orders are placed, what a broken order
 * is called, how the simulator counts calls). The platform's own behaviour (paging, windows, refusals
 * particular to it) stays in that test.
 *
 * @param <C> the platform's connector
 */
public abstract class ConnectorContractTest<C extends ChannelConnector> {

    protected static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    protected final MutableClock clock = new MutableClock(NOW);
    protected final RecordingCallQuota quota = new RecordingCallQuota();
    /** Set by {@link #start()}. */
    protected C connector;
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

    private final Platform platform;

    protected ConnectorContractTest(Platform platform) {
        this.platform = platform;
    }

    // what each platform's test supplies

    /**
     * Starts the platform's simulator on {@link #clock} and a connector against it (quick retries, three
     * attempts, calls taken from {@link #quota}); sets {@link #connector} and {@link #shop}.
     */
    protected abstract void start();

    /** The platform's simulator, started by {@link #start()}. */
    protected abstract MarketplaceSimulator<?, ?> simulator();

    /** Places an order the translator cannot read (a line without its SKU); its id. */
    protected abstract String placeMalformedOrder(Instant modifiedAt);

    /** How the raw payload of a malformed order read again by its id starts. */
    protected abstract String readAgainPayloadStart(String orderId);

    /** A shipment of every line of the order, tracked by one number. */
    protected abstract ShipmentConfirmation shipmentOf(String orderId);

    /** Every attempt of the next shipment call fails as the platform fails when busy. */
    protected abstract void failsEveryShipmentAttempt();

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

    /** What else the page of the orders placed in the window shows, or the simulator saw reading it. */
    protected void assertPageAlso(OrderPage page) {}

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

    // helpers

    protected SyncWindow lastHour() {
        Instant now = clock.instant();
        return new SyncWindow(now.minus(Duration.ofHours(1)), connector.newestQueryable(now));
    }

    /** Every order of every page of {@code window}. */
    protected List<ChannelOrder> readAll(SyncWindow window) {
        List<ChannelOrder> read = new ArrayList<>();
        String token = null;
        do {
            OrderPage page = connector.fetchUpdatedOrders(shop, window, token);
            read.addAll(page.orders());
            token = page.nextPageToken();
        } while (token != null);
        return read;
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

    // one order again

    @Test
    void anOrderReadAgainByItsIdIsTheOrderTheWindowReads() {
        // given
        start();
        String orderId =
                simulator().placeOrders(1, NOW.minus(Duration.ofMinutes(30))).get(0);
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
    void confirmingTheSameShipmentAgainSucceedsAndThePlatformRecordsItOnce() {
        // given
        start();
        String orderId =
                simulator().placeOrders(1, NOW.minus(Duration.ofHours(2))).get(0);
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
        String orderId =
                simulator().placeOrders(1, NOW.minus(Duration.ofHours(2))).get(0);
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
        String orderId =
                simulator().placeOrders(1, NOW.minus(Duration.ofHours(2))).get(0);
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
        String orderId =
                simulator().placeOrders(1, NOW.minus(Duration.ofHours(2))).get(0);
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
