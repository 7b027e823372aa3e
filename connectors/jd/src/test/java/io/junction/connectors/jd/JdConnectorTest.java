package io.junction.connectors.jd;

import static io.junction.connectors.kit.TestCallSettings.fast;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.SyncWindow;
import io.junction.connectors.jd.simulator.JdSimulator;
import io.junction.connectors.kit.ConnectorContractTest;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.QuotaKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The connector end to end against the JD simulator: the contract every connector keeps, and JD's own ways. */
class JdConnectorTest extends ConnectorContractTest<JdConnector, JdSimulator, JdProperties> {

    private static final String SEARCH = "jingdong.pop.order.enSearch";
    private static final String SHIPMENT = "jingdong.pop.order.shipment";
    private static final JdProperties FAST = fast(JdProperties.defaults());

    private ShipmentConfirmation shipment(String orderId, String carrier, String waybill) {
        List<ShipmentConfirmation.Item> items = simulator.order(orderId).lines().stream()
                .map(line -> new ShipmentConfirmation.Item(line.skuId(), line.quantity()))
                .toList();
        return new ShipmentConfirmation(
                orderId, null, 42L, carrier, "京东物流", "Standard", waybill, clock.instant(), items, true);
    }

    // the contract's platform facts

    JdConnectorTest() {
        super(
                new Platform(
                        "JD",
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(15),
                        JdProperties.DEFAULT_USAGE_PLANS,
                        List.of(SEARCH),
                        "399999999999",
                        "an item has no skuId",
                        "throttled"),
                JdSimulator::new,
                JdConnector::new,
                FAST);
    }

    @Override
    protected int calls(Call call) {
        return switch (call) {
            case LIST -> simulator.calls(SEARCH);
            case ONE_ORDER -> simulator.calls("jingdong.pop.order.enGet");
            case SHIPMENT -> simulator.calls(SHIPMENT);
        };
    }

    @Override
    protected String placeMalformedOrder(Instant modifiedAt) {
        return simulator.placeMalformedOrder(modifiedAt);
    }

    @Override
    protected String readAgainPayloadStart(String orderId) {
        return "{\"orderId\":\"" + orderId + "\"";
    }

    @Override
    protected ShipmentConfirmation shipmentOf(String orderId) {
        return shipment(orderId, "467", "JDVA00012345678");
    }

    /** JD answers a busy call by throttling it. */
    @Override
    protected void failsEveryShipmentAttempt() {
        simulator.throttlesNext(3);
    }

    @Override
    protected void failsOneShipmentAttempt() {
        simulator.throttlesNext(1);
    }

    /** JD waits for the buyer to confirm receipt. */
    @Override
    protected void assertShipmentRecorded(String orderId, ShipmentConfirmation sent) {
        assertThat(simulator.shipments(orderId)).singleElement().satisfies(recorded -> {
            assertThat(recorded.logiCoprId()).isEqualTo("467");
            assertThat(recorded.logiNo()).isEqualTo("JDVA00012345678");
            assertThat(recorded.receivedAt()).isEqualTo(NOW);
        });
        assertThat(simulator.orderState(orderId)).isEqualTo("WAIT_GOODS_RECEIVE_CONFIRM");
        assertThat(simulator.order(orderId).modified()).isEqualTo(NOW);
    }

    @Override
    protected WrongSecret wrongSecret() {
        return new WrongSecret("appSecret", "stolen-secret", List.of("error 14", "Invalid signature"));
    }

    @Override
    protected void assertWrongSecretRefusedAlso() {
        assertThat(simulator.signatureFailures()).isEqualTo(1);
    }

    /** A server error, then a dropped connection. */
    @Override
    protected void interruptsTheNextRead() {
        simulator.failsNext(502);
        simulator.dropsNextRequests(1);
    }

    @Override
    protected void assertRetriedReadAlso() {
        assertThat(simulator.calls(SEARCH)).isEqualTo(3);
    }

    @Override
    protected int shipmentsRecorded(String orderId) {
        return simulator.shipments(orderId).size();
    }

    @Override
    protected void assertReadAsPlaced(ChannelOrder order) {
        assertThat(order.platformOrderId()).matches("\\d{12}");
        assertThat(order.updatedAt()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
        assertThat(order.currency()).isEqualTo("CNY");
        assertThat(order.shipTo().line1()).isNotBlank();
        assertThat(order.buyerName()).isNotBlank();
    }

    @Override
    protected void assertPageAlso(OrderPage page) {
        super.assertPageAlso(page);
        assertThat(simulator.signatureFailures()).isZero();
    }

    @Override
    protected String sellerAccount() {
        return QuotaKey.fingerprint(
                simulator.credentials().get("appKey"), simulator.credentials().get("accessToken"));
    }

    // enSearch

    @Test
    void moreThanAHundredOrdersArePagedByNumberAndEachIsReadExactlyOnce() {
        // given
        start();
        List<String> placed = placeOrdersEveryMinute(5, 59, 5);

        // when
        List<OrderPage> pages = readPages(lastHour());

        // then
        assertThat(sizesOf(pages)).containsExactly(100, 100, 75);
        assertThat(orderIdsOf(pages)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
    }

    @Test
    void anOrderModifiedWhilePagingIsNotAllowedToPushAnotherOrderPastUs() {
        // given
        start();
        List<String> placed = placeOrdersEveryMinute(5, 50, 10);
        SyncWindow window = new SyncWindow(NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(5)));
        OrderPage first = connector.fetchUpdatedOrders(shop, window, null);
        simulator.requestRefund(first.orders().get(0).platformOrderId());

        // when
        List<String> read = orderIdsOf(readPagesFrom(window, first));

        // then: the refunded order left the window; every other order was still read
        assertThat(read).containsAll(placed);
    }

    @Test
    void aWindowLongerThanAMonthIsSplitSoThatJdNeverRefusesIt() {
        // given
        start();
        List<String> placed = new ArrayList<>();
        for (int day = 70; day >= 1; day -= 3) {
            placed.addAll(simulator.placeOrders(1, NOW.minus(Duration.ofDays(day))));
        }
        SyncWindow seventyOneDays = new SyncWindow(NOW.minus(Duration.ofDays(71)), connector.newestQueryable(NOW));

        // when
        List<ChannelOrder> read = readAll(seventyOneDays);

        // then: 71 days in sub-windows of at most 28
        assertThat(read)
                .extracting(ChannelOrder::platformOrderId)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(placed);
        assertThat(simulator.calls(SEARCH)).isEqualTo(3);
    }

    @Test
    void ordersOnTheBoundaryOfTwoSubWindowsAreReadOnce() {
        // given
        start(clock, clock, FAST.withPaging(Duration.ofMinutes(10), 100));
        List<String> placed = placeOrdersEveryMinute(1, 60, 2);

        // when
        List<ChannelOrder> read = readAll(lastHour());

        // then
        assertThat(read)
                .extracting(ChannelOrder::platformOrderId)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(placed);
        assertThat(simulator.calls(SEARCH)).isEqualTo(6);
    }

    @Test
    void aThrottledReadIsRetriedAfterABackOffAndThenSucceeds() {
        // given JD throttles the next two calls, whatever the machine's speed
        JdProperties retrying = JdProperties.defaults().withRetry(8, Duration.ofMillis(40), Duration.ofMillis(80));
        start(Clock.systemUTC(), Clock.systemUTC(), retrying);
        Instant now = Instant.now();
        String placed =
                simulator.placeOrders(1, now.minus(Duration.ofMinutes(10))).get(0);
        SyncWindow window = lastHourUntil(now);
        simulator.throttlesNext(2);

        // when
        OrderPage page = connector.fetchUpdatedOrders(shop, window, null);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactly(placed);
        assertThat(simulator.throttledRequests()).isEqualTo(2);
        assertThat(simulator.calls(SEARCH)).isEqualTo(3);
    }

    @Test
    void aReadStillThrottledAfterEveryAttemptIsReportedAsThrottled() {
        // given
        start();
        simulator.throttlesNext(3);

        // when / then
        assertFailsAs(
                ChannelException.Kind.THROTTLED, () -> connector.fetchUpdatedOrders(shop, lastHour(), null), "error 7");
        assertThat(simulator.calls(SEARCH)).isEqualTo(3);
    }

    @Test
    void anUnpaidOrderIsReadAsUnpaidAndAgainAsReadyToShipOnceItIsPaid() {
        // given
        start();
        String orderId = simulator
                .placeUnpaidOrders(1, NOW.minus(Duration.ofMinutes(30)))
                .get(0);
        PlatformState before = connector
                .fetchUpdatedOrders(shop, lastHour(), null)
                .orders()
                .get(0)
                .state();
        clock.advance(Duration.ofMinutes(5));
        simulator.pay(orderId);
        clock.advance(Duration.ofMinutes(5));

        // when
        List<ChannelOrder> after = readAll(new SyncWindow(NOW, connector.newestQueryable(clock.instant())));

        // then
        assertThat(before).isEqualTo(PlatformState.UNPAID);
        assertThat(after).singleElement().satisfies(order -> {
            assertThat(order.state()).isEqualTo(PlatformState.READY_TO_SHIP);
            assertThat(order.updatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        });
    }

    @Test
    void aRefundRequestAndACancellationAfterPaymentAreReadAsTheyHappen() {
        // given
        start();
        List<String> ids = simulator.placeOrders(2, NOW.minus(Duration.ofMinutes(30)));
        simulator.requestRefund(ids.get(0));
        simulator.cancel(ids.get(1));
        clock.advance(Duration.ofMinutes(2));

        // when
        List<ChannelOrder> read = readAll(lastHour());

        // then
        assertThat(read)
                .extracting(ChannelOrder::platformOrderId, ChannelOrder::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ids.get(0), PlatformState.REFUND_REQUESTED),
                        org.assertj.core.groups.Tuple.tuple(ids.get(1), PlatformState.CANCELLED));
    }

    @Test
    void anOrderIndexedLateIsMissedByItsOwnWindowAndCaughtByTheOverlap() {
        // given
        start();
        simulator.indexesLate(Duration.ofMinutes(8));
        String late = simulator.placeOrders(1, NOW.minus(Duration.ofMinutes(3))).get(0);
        SyncWindow first = new SyncWindow(NOW.minus(Duration.ofMinutes(10)), connector.newestQueryable(NOW));
        List<ChannelOrder> firstRead = readAll(first);
        clock.advance(Duration.ofMinutes(10));

        // when: the next window starts an overlap behind the previous end
        SyncWindow next =
                new SyncWindow(first.to().minus(connector.windowOverlap()), connector.newestQueryable(clock.instant()));
        List<ChannelOrder> nextRead = readAll(next);

        // then
        assertThat(firstRead).isEmpty();
        assertThat(nextRead).extracting(ChannelOrder::platformOrderId).containsExactly(late);
    }

    // shipment

    @Test
    void shippingAnOrderJdShippedWithAnotherWaybillIsRejected() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        connector.confirmShipment(shop, shipment(orderId, "467", "JDVA00012345678"));

        // when
        RemoteOutcome<Void> other = connector.confirmShipment(shop, shipment(orderId, "467", "JDVA99999999999"));

        // then
        assertThat(other).isInstanceOfSatisfying(RemoteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).startsWith("order state not suitable for shipment");
            assertThat(rejected.message()).contains("already shipped", "JDVA00012345678");
        });
        assertThat(simulator.shipments(orderId)).hasSize(1);
    }

    @Test
    void shippingALockedOrderIsRejectedWithJdsReasonAndState() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        simulator.requestRefund(orderId);

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, shipment(orderId, "467", "JDVA1"));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class,
                        rejected ->
                                assertThat(rejected.message()).contains("订单状态不满足出库条件", "the order is LOCKED on JD"));
        assertThat(simulator.shipments(orderId)).isEmpty();
    }

    @Test
    void aCarrierWithoutJdsNumericIdIsRejectedAndNothingIsSent() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, shipment(orderId, "JD-LOGISTICS", "JDVA1"));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("CARRIER_ID_NOT_NUMERIC"));
        assertThat(simulator.calls(SHIPMENT)).isZero();
    }

    // enGet: one order again

    @Test
    void anOrderReadAgainWhileJdKeepsThrottlingIsThrottledAfterEveryAttempt() {
        // given
        start();
        String orderId = placeOrder(Duration.ofMinutes(30));
        simulator.throttlesNext(3);

        // when / then
        assertFailsAs(ChannelException.Kind.THROTTLED, () -> connector.fetchOrder(shop, orderId));
        assertThat(quota.operations())
                .containsExactly("jingdong.pop.order.enGet", "jingdong.pop.order.enGet", "jingdong.pop.order.enGet");
    }
}
