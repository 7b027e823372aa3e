package io.junction.connectors.taobao;

import static io.junction.connectors.kit.TestCallSettings.fast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ReturnRequest;
import io.junction.channel.ReturnRequestPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.kit.ConnectorContractTest;
import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.QuotaKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The connector end to end against the Taobao simulator: the contract every connector keeps, and TOP's own ways. */
class TaobaoConnectorTest extends ConnectorContractTest<TaobaoConnector, TaobaoSimulator, TaobaoProperties> {

    private static final TaobaoProperties FAST = fast(TaobaoProperties.defaults());
    private static final String LIST = "taobao.trades.sold.increment.get";

    @Override
    protected SyncWindow lastHour() {
        return new SyncWindow(NOW.minus(Duration.ofHours(1)), connector.newestQueryable(clock.instant()));
    }

    /** Reads the window to its end; each page is handed to {@code between} before the next is asked. */
    private List<String> readAll(SyncWindow window, Consumer<OrderPage> between) {
        List<String> read = new ArrayList<>();
        String token = null;
        do {
            OrderPage page = connector.fetchUpdatedOrders(shop, window, token);
            page.orders().forEach(o -> read.add(o.platformOrderId()));
            between.accept(page);
            token = page.nextPageToken();
        } while (token != null);
        return read;
    }

    /** 250 unpaid trades, ten a minute from 29 to 5 minutes ago, so that one thirty-minute sub-window is busy; their ids. */
    private List<String> placeTenUnpaidTradesAMinute() {
        List<String> placed = new ArrayList<>();
        for (int minute = 29; minute >= 5; minute--) {
            placed.addAll(simulator.placeUnpaidOrders(10, NOW.minus(Duration.ofMinutes(minute))));
        }
        return placed;
    }

    private ShipmentConfirmation shipmentOfEverything(String tid) {
        List<ShipmentConfirmation.Item> items = simulator.trade(tid).lines().stream()
                .map(line -> new ShipmentConfirmation.Item(line.oid(), line.num()))
                .toList();
        return new ShipmentConfirmation(tid, null, 42L, "YTO", "圆通速递", "standard", "YT2403012345678", NOW, items, true);
    }

    // the contract's platform facts

    TaobaoConnectorTest() {
        super(
                new Platform(
                        "TAOBAO",
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(15),
                        TaobaoProperties.DEFAULT_USAGE_PLANS,
                        List.of(LIST),
                        "3912999999999999999",
                        "missing outer_sku_id and outer_iid",
                        "500"),
                TaobaoSimulator::new,
                TaobaoConnector::new,
                FAST);
    }

    @Override
    protected int calls(Call call) {
        return switch (call) {
            case LIST -> simulator.requests(LIST);
            case ONE_ORDER -> simulator.requests("taobao.trade.fullinfo.get");
            case SHIPMENT -> simulator.requests("taobao.logistics.offline.send");
        };
    }

    @Override
    protected String placeMalformedOrder(Instant modifiedAt) {
        return simulator.placeMalformedOrder(modifiedAt);
    }

    @Override
    protected String readAgainPayloadStart(String orderId) {
        return "{";
    }

    @Override
    protected ShipmentConfirmation shipmentOf(String orderId) {
        return shipmentOfEverything(orderId);
    }

    /** The whole trade is consigned, and it becomes shipped. */
    @Override
    protected void assertShipmentRecorded(String orderId, ShipmentConfirmation sent) {
        assertThat(simulator.shipments(orderId)).singleElement().satisfies(recorded -> {
            assertThat(recorded.outSid()).isEqualTo("YT2403012345678");
            assertThat(recorded.companyCode()).isEqualTo("YTO");
            assertThat(recorded.split()).isFalse();
        });
        assertThat(simulator.status(orderId)).isEqualTo("WAIT_BUYER_CONFIRM_GOODS");
    }

    @Override
    protected WrongSecret wrongSecret() {
        return new WrongSecret("appSecret", "stolen-and-wrong", List.of("25 Invalid signature"));
    }

    /** A server error, then a dropped connection. */
    @Override
    protected void interruptsTheNextRead() {
        simulator.failsNext(502);
        simulator.dropsNextRequests(1);
    }

    @Override
    protected int shipmentsRecorded(String orderId) {
        return simulator.shipments(orderId).size();
    }

    @Override
    protected void assertReadAsPlaced(ChannelOrder order) {
        assertThat(order.currency()).isEqualTo("CNY");
        assertThat(order.shipTo().countryCode()).matches("[A-Z]{2}");
    }

    /** Enough trades that one carries a buyer note, which only the full info tells. */
    @Override
    protected int ordersInTheWindow() {
        return 6;
    }

    @Override
    protected void assertPageAlso(OrderPage page) {
        assertThat(page.orders())
                .anySatisfy(order -> assertThat(order.buyerNote()).isNotBlank());
        assertThat(simulator.requests("taobao.trade.fullinfo.get")).isEqualTo(6);
    }

    @Override
    protected String sellerAccount() {
        return QuotaKey.fingerprint(
                simulator.credentials().get("appKey"), simulator.credentials().get("session"));
    }

    // reads

    @Test
    void unpaidPaidRefundedAndCancelledTradesAreReadWithTheirMeaning() {
        // given
        start();
        Instant at = NOW.minus(Duration.ofHours(2));
        String unpaid = simulator.placeUnpaidOrders(1, at).get(0);
        String paidLater = simulator.placeUnpaidOrders(1, at).get(0);
        String refund = simulator.placeOrders(1, at).get(0);
        String refused = simulator.placeOrders(1, at).get(0);
        String cancelled = simulator.placeOrders(1, at).get(0);
        String forbidden = simulator.placeOrders(1, at).get(0);
        clock.advance(Duration.ofMinutes(1));
        simulator.pay(paidLater);
        simulator.requestRefund(refund);
        simulator.requestRefund(refused);
        simulator.refuseRefund(refused);
        simulator.cancel(cancelled);
        simulator.forbidConsign(forbidden);
        clock.advance(Duration.ofMinutes(2));

        // when
        Map<String, PlatformState> states = new HashMap<>();
        SyncWindow window = new SyncWindow(NOW.minus(Duration.ofHours(3)), connector.newestQueryable(clock.instant()));
        readAll(window).forEach(o -> states.put(o.platformOrderId(), o.state()));

        // then
        assertThat(states)
                .containsOnly(
                        Map.entry(unpaid, PlatformState.UNPAID),
                        Map.entry(paidLater, PlatformState.READY_TO_SHIP),
                        Map.entry(refund, PlatformState.REFUND_REQUESTED),
                        Map.entry(refused, PlatformState.READY_TO_SHIP),
                        Map.entry(cancelled, PlatformState.CANCELLED),
                        Map.entry(forbidden, PlatformState.REFUND_REQUESTED));
    }

    @Test
    void aBusySubWindowIsReadFromItsLastPageBackAndEachTradeExactlyOnce() {
        // given: 250 trades in one 30-minute sub-window
        start();
        List<String> placed = placeTenUnpaidTradesAMinute();
        SyncWindow window = new SyncWindow(NOW.minus(Duration.ofMinutes(30)), NOW.minus(Duration.ofMinutes(1)));

        // when
        List<OrderPage> pages = readPages(window);

        // then: pages 3, 2, 1 (oldest first), after one counting request
        assertThat(sizesOf(pages)).containsExactly(50, 100, 100);
        assertThat(orderIdsOf(pages)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
        assertThat(simulator.requests(LIST)).isEqualTo(4);
    }

    @Test
    void aTradeModifiedWhilePagingDoesNotPushAnotherPastTheReader() {
        // given
        start();
        List<String> placed = placeTenUnpaidTradesAMinute();
        SyncWindow window = new SyncWindow(NOW.minus(Duration.ofMinutes(30)), NOW.minus(Duration.ofMinutes(1)));
        List<String> newestFirst = new ArrayList<>(placed);
        java.util.Collections.reverse(newestFirst);

        // when: after the first page, the newest trade is paid and leaves the window
        List<Integer> pageCount = new ArrayList<>();
        List<String> read = readAll(window, page -> {
            if (pageCount.isEmpty()) {
                clock.advance(Duration.ofMinutes(2));
                simulator.pay(newestFirst.get(0));
            }
            pageCount.add(page.orders().size());
        });

        // then: every other trade is read; at worst one is read twice, none is missed
        assertThat(read).containsAll(placed.subList(0, placed.size() - 1));
    }

    @Test
    void aLongWindowIsSplitIntoSubWindowsOfAtMostTheConfiguredLength() {
        // given: a three-day back-fill with one-day sub-windows, a trade in each day and one on a boundary
        start(clock, clock, FAST.withPaging(Duration.ofDays(1), 100));
        Instant from = NOW.minus(Duration.ofDays(3));
        List<String> placed = new ArrayList<>();
        placed.addAll(simulator.placeOrders(1, from.plus(Duration.ofHours(5))));
        placed.addAll(simulator.placeOrders(1, from.plus(Duration.ofDays(1))));
        placed.addAll(simulator.placeOrders(1, from.plus(Duration.ofHours(30))));
        placed.addAll(simulator.placeOrders(1, from.plus(Duration.ofHours(60))));
        SyncWindow window = new SyncWindow(from, NOW.minus(Duration.ofMinutes(1)));

        // when
        List<String> read = orderIdsOf(readPages(window));

        // then: three list calls, each at most a day (the simulator refuses more)
        assertThat(read).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
        assertThat(simulator.requests(LIST)).isEqualTo(3);
    }

    @Test
    void emptySubWindowsAreSkippedWithoutHandingBackEmptyPages() {
        // given: thirty-minute sub-windows over three hours, one trade at the end
        start();
        String placed =
                simulator.placeOrders(1, NOW.minus(Duration.ofMinutes(10))).get(0);
        SyncWindow window = new SyncWindow(NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofMinutes(1)));

        // when
        OrderPage page = connector.fetchUpdatedOrders(shop, window, null);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactly(placed);
        assertThat(page.nextPageToken()).isNull();
        assertThat(simulator.requests(LIST)).isEqualTo(6);
    }

    @Test
    void aTradeIndexedLateIsFoundByTheNextOverlappingWindow() {
        // given
        start();
        simulator.indexesLate(Duration.ofMinutes(5));
        String late = simulator.placeOrders(1, NOW.minus(Duration.ofMinutes(2))).get(0);
        SyncWindow first = new SyncWindow(NOW.minus(Duration.ofMinutes(30)), connector.newestQueryable(NOW));

        // when
        List<String> firstRead = orderIdsOf(readPages(first));
        clock.advance(Duration.ofMinutes(10));
        SyncWindow next =
                new SyncWindow(first.to().minus(connector.windowOverlap()), connector.newestQueryable(clock.instant()));
        List<String> nextRead = orderIdsOf(readPages(next));

        // then
        assertThat(firstRead).isEmpty();
        assertThat(nextRead).containsExactly(late);
    }

    @Test
    void aThrottledReadWaitsOutTheBanAndThenSucceeds() {
        // given: real time; the emptied quota refills one call per second, so the first call is
        // throttled even on a slow machine and the one-second ban is waited out
        start(Clock.systemUTC(), Clock.systemUTC(), FAST);
        simulator.callQuota(1, 1);
        Instant now = Instant.now();
        String placed = simulator
                .placeUnpaidOrders(1, now.minus(Duration.ofMinutes(10)))
                .get(0);
        simulator.rateLimited();
        SyncWindow window = new SyncWindow(now.minus(Duration.ofMinutes(30)), connector.newestQueryable(now));

        // when
        OrderPage page = connector.fetchUpdatedOrders(shop, window, null);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactly(placed);
        assertThat(simulator.throttledRequests()).isEqualTo(1);
        assertThat(simulator.requests(LIST)).isEqualTo(2);
    }

    @Test
    void aBanLongerThanTheClientWaitsIsReportedAsThrottled() {
        // given: the quota refills once a minute
        start(clock, clock, FAST.withMaxBanWait(Duration.ofSeconds(10)));
        simulator.callQuota(1.0 / 60, 1);
        simulator.rateLimited();

        // when / then
        assertFailsAs(
                ChannelException.Kind.THROTTLED,
                () -> connector.fetchUpdatedOrders(shop, lastHour(), null),
                "App Call Limited",
                "60 more seconds");
        assertThat(simulator.requests(LIST)).isEqualTo(1);
    }

    @Test
    void aWindowOlderThanThreeMonthsIsRefusedAsAnInvalidRequest() {
        // given
        start();
        SyncWindow ancient = new SyncWindow(
                NOW.minus(Duration.ofDays(100)), NOW.minus(Duration.ofDays(100)).plusSeconds(60));

        // when / then
        assertFailsAs(
                ChannelException.Kind.INVALID_REQUEST,
                () -> connector.fetchUpdatedOrders(shop, ancient, null),
                "isv.invalid-parameter:start_modified");
    }

    // write-back

    @Test
    void aSplitShipmentConsignsOnlyItsLinesAndTheRestIsStillToShip() {
        // given
        start();
        String tid = null;
        while (tid == null) {
            String candidate =
                    simulator.placeOrders(1, NOW.minus(Duration.ofHours(2))).get(0);
            if (simulator.trade(candidate).lines().size() > 1) {
                tid = candidate;
            }
        }
        String firstOid = simulator.trade(tid).lines().get(0).oid();
        ShipmentConfirmation split = new ShipmentConfirmation(
                tid,
                null,
                43L,
                "SF",
                "顺丰速运",
                "standard",
                "SF1234567890",
                NOW,
                List.of(new ShipmentConfirmation.Item(firstOid, 1)),
                false);

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, split);
        RemoteOutcome<Void> again = connector.confirmShipment(shop, split);

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(again).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(simulator.shipments(tid)).singleElement().satisfies(recorded -> {
            assertThat(recorded.split()).isTrue();
            assertThat(recorded.subTids()).containsExactly(firstOid);
        });
        assertThat(simulator.status(tid)).isEqualTo("SELLER_CONSIGNED_PART");
    }

    @Test
    void aConsignmentOfATradeWithAnOpenRefundIsRejectedWithTaobaosReason() {
        // given
        start();
        String tid = placeOrder(Duration.ofHours(2));
        simulator.requestRefund(tid);

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, shipmentOfEverything(tid));

        // then
        assertThat(outcome).isInstanceOfSatisfying(RemoteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("isv.logistics-offline-service-error:B27");
            assertThat(rejected.message()).contains("refund");
        });
        assertThat(simulator.shipments(tid)).isEmpty();
        assertThat(simulator.status(tid)).isEqualTo("WAIT_SELLER_SEND_GOODS");
    }

    // one trade again: taobao.trade.fullinfo.get

    @Test
    void aTradeReadAgainWhileTopKeepsFailingIsUnavailableAndTakesFromTheFullInfoBucket() {
        // given
        start();
        String tid = placeOrder(Duration.ofMinutes(30));
        simulator.failsNext(503, 3);

        // when / then
        assertFailsAs(ChannelException.Kind.UNAVAILABLE, () -> connector.fetchOrder(shop, tid));
        assertThat(quota.operations())
                .containsExactly("taobao.trade.fullinfo.get", "taobao.trade.fullinfo.get", "taobao.trade.fullinfo.get");
    }

    @Test
    void returnRequestsAreTheRefundsWithGoodsReturnedThatStillStand() {
        // given three consigned trades: one returned, one refunded without a return, one returned then refused
        start();
        List<String> tids = simulator.placeOrders(3, NOW.minus(Duration.ofHours(2)));
        tids.forEach(tid -> assertThat(connector.confirmShipment(shop, shipmentOfEverything(tid)))
                .isEqualTo(RemoteOutcome.succeeded(null)));
        clock.advance(Duration.ofMinutes(5));
        String returned = simulator.requestReturn(tids.get(0), 1, "尺码不合适");
        simulator.requestRefundOnly(tids.get(1), "少发了赠品", clock.instant());
        String refused = simulator.requestReturn(tids.get(2), 1, "不想要了");
        simulator.refundStatus(refused, "SELLER_REFUSE_BUYER");
        clock.advance(Duration.ofMinutes(5));

        // when
        ReturnRequestPage page = returnRequestsSinceAnHourBeforeNow();

        // then only the standing return of one unit of the first trade's first line is one
        assertThat(connector.syncsReturnRequests()).isTrue();
        String firstLine = simulator.trade(tids.get(0)).lines().get(0).oid();
        assertThat(page)
                .isEqualTo(new ReturnRequestPage(
                        List.of(new ReturnRequest(
                                returned, tids.get(0), firstLine, 1, "尺码不合适", NOW.plus(Duration.ofMinutes(5)))),
                        null));
        assertThat(simulator.requests(TaobaoTranslator.REFUNDS_METHOD)).isEqualTo(1);
    }

    @Test
    void returnRequestsArePagedUntilTopSaysNoneFollow() {
        // given more returns than one page holds
        start(clock, clock, FAST.withPaging(Duration.ofMinutes(30), 2));
        List<String> tids = simulator.placeOrders(5, NOW.minus(Duration.ofHours(2)));
        tids.forEach(tid -> connector.confirmShipment(shop, shipmentOfEverything(tid)));
        List<String> asked =
                tids.stream().map(tid -> simulator.requestReturn(tid, 1, "破损")).toList();
        clock.advance(Duration.ofMinutes(1));
        SyncWindow window = new SyncWindow(NOW.minus(Duration.ofHours(1)), clock.instant());

        // when
        List<String> read = new ArrayList<>();
        String token = null;
        do {
            ReturnRequestPage page = connector.fetchReturnRequests(shop, window, token);
            page.requests().forEach(r -> read.add(r.platformReturnId()));
            token = page.nextPageToken();
        } while (token != null);

        // then
        assertThat(read).containsExactlyInAnyOrderElementsOf(asked);
        assertThat(simulator.requests(TaobaoTranslator.REFUNDS_METHOD)).isEqualTo(3);
    }

    @Test
    void aRefusedRefundsReadIsAChannelException() {
        // given
        start();
        ShopAccess wrongSession = new ShopAccess(
                1L,
                "TAOBAO",
                simulator.baseUrl(),
                null,
                Map.of("appKey", "12345678", "appSecret", "junction-simulator-app-secret", "session", "expired"),
                List.of());

        // when / then
        assertThatThrownBy(() -> connector.fetchReturnRequests(
                        wrongSession, new SyncWindow(NOW.minus(Duration.ofHours(1)), NOW), null))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("27");
    }
}
