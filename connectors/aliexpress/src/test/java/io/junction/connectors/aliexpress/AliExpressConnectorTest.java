package io.junction.connectors.aliexpress;

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
import io.junction.channel.TrackingChange;
import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import io.junction.connectors.kit.ConnectorContractTest;
import io.junction.connectors.kit.MutableClock;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.QuotaKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The connector end to end against the AliExpress simulator: the contract every connector keeps, and its own ways. */
class AliExpressConnectorTest
        extends ConnectorContractTest<AliExpressConnector, AliExpressSimulator, AliExpressProperties> {

    private static final AliExpressProperties FAST =
            fast(AliExpressProperties.defaults()).withMaxBanWait(Duration.ofMillis(150));
    private static final String ORDER_LIST = "aliexpress.solution.order.get";
    private static final String ORDER_INFO = "aliexpress.solution.order.info.get";
    private static final String MODIFY_SHIPMENT = "aliexpress.logistics.sellermodifiedshipmentfortop";

    private Map<String, ChannelOrder> ordersIn(SyncWindow window) {
        Map<String, ChannelOrder> orders = new HashMap<>();
        readAll(window).forEach(o -> orders.put(o.platformOrderId(), o));
        return orders;
    }

    /** An order placed two hours ago and declared shipped whole under tracking number LP1; its id. */
    private String declaredOrder() {
        String orderId = placeOrder(Duration.ofHours(2));
        connector.confirmShipment(shop, declaration(orderId, "LP1", true));
        return orderId;
    }

    private ShipmentConfirmation declaration(String orderId, String trackingNumber, boolean wholeOrder) {
        return new ShipmentConfirmation(
                orderId,
                null,
                42L,
                "CAINIAO_STANDARD",
                "Cainiao",
                "AliExpress Standard Shipping",
                trackingNumber,
                clock.instant(),
                List.of(),
                wholeOrder);
    }

    private TrackingChange edit(String orderId, String oldNumber, String newNumber, int changesSoFar) {
        return edit(orderId, "CAINIAO_STANDARD", oldNumber, newNumber, changesSoFar);
    }

    private TrackingChange edit(
            String orderId, String oldService, String oldNumber, String newNumber, int changesSoFar) {
        return new TrackingChange(
                orderId, 42L, oldService, oldNumber, "YANWEN_JYT", newNumber, true, NOW, changesSoFar);
    }

    // the contract's platform facts

    AliExpressConnectorTest() {
        super(
                new Platform(
                        "ALIEXPRESS",
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(15),
                        AliExpressProperties.DEFAULT_USAGE_PLANS,
                        List.of(ORDER_LIST, ORDER_INFO),
                        "8000000000000999",
                        "missing sku_code",
                        "InternalError"),
                AliExpressSimulator::new,
                AliExpressConnector::new,
                FAST);
    }

    @Override
    protected int calls(Call call) {
        return switch (call) {
            case LIST -> simulator.requests(ORDER_LIST);
            case ONE_ORDER -> simulator.requests(ORDER_INFO);
            case SHIPMENT -> simulator.fulfillRequests();
        };
    }

    @Override
    protected String placeMalformedOrder(Instant modifiedAt) {
        return simulator.placeMalformedOrder(modifiedAt);
    }

    @Override
    protected List<String> malformedPayloadMentions() {
        return List.of("receipt_address");
    }

    @Override
    protected String readAgainPayloadStart(String orderId) {
        return "{\"order_id\":" + orderId;
    }

    @Override
    protected List<String> readAgainPayloadMentions() {
        return List.of("child_order_list");
    }

    @Override
    protected ShipmentConfirmation shipmentOf(String orderId) {
        return declaration(orderId, "LP00123456789012", true);
    }

    /** The whole order is declared, and it awaits the buyer. */
    @Override
    protected void assertShipmentRecorded(String orderId, ShipmentConfirmation sent) {
        assertThat(simulator.shipments(orderId)).singleElement().satisfies(shipment -> {
            assertThat(shipment.serviceName()).isEqualTo("CAINIAO_STANDARD");
            assertThat(shipment.logisticsNo()).isEqualTo("LP00123456789012");
            assertThat(shipment.sendType()).isEqualTo("all");
            assertThat(shipment.receivedAt()).isEqualTo(NOW);
        });
        assertThat(simulator.orderStatus(orderId)).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
    }

    /** AliExpress refuses a signature made with the wrong secret as incomplete. */
    @Override
    protected WrongSecret wrongSecret() {
        return new WrongSecret("appSecret", "stolen-and-guessed", List.of("IncompleteSignature"));
    }

    @Override
    protected void assertWrongSecretRefusedAlso() {
        assertThat(simulator.refusedSignatures()).isEqualTo(1);
    }

    @Override
    protected int shipmentsRecorded(String orderId) {
        return simulator.shipments(orderId).size();
    }

    /** A paid order's ship-by deadline counts from when the list was read. */
    @Override
    protected void assertReadAsPlaced(ChannelOrder order) {
        assertThat(order.platformOrderId()).matches("\\d{16}");
        assertThat(order.createdAt()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
        assertThat(order.shipBy()).isEqualTo(NOW.minus(Duration.ofMinutes(30)).plus(Duration.ofDays(5)));
        assertThat(order.shipTo().countryCode()).hasSize(2);
        assertThat(order.shipTo().line1()).isNotBlank();
        assertThat(order.currency()).isEqualTo("USD");
        assertTotalIsTheSumOfItsLines(order);
    }

    @Override
    protected String sellerAccount() {
        return QuotaKey.fingerprint(
                simulator.credentials().get("appKey"), simulator.credentials().get("accessToken"));
    }

    /** The list alone tells the ship-by deadline: an order read again by its id has none. */
    @Override
    protected void assertReadAgainAsListed(ChannelOrder readAgain, ChannelOrder listed) {
        assertThat(readAgain)
                .usingRecursiveComparison()
                .ignoringFields("shipBy")
                .isEqualTo(listed);
        assertThat(readAgain.shipBy()).isNull();
    }

    // reads

    @Test
    void anUnpaidOrderIsReadAsUnpaidAndAgainAsReadyOnceItsFundsHaveCleared() {
        // given
        start();
        String orderId = simulator
                .placeUnpaidOrders(1, NOW.minus(Duration.ofMinutes(20)))
                .get(0);
        ChannelOrder unpaid = ordersIn(lastHour()).get(orderId);
        clock.advance(Duration.ofMinutes(5));
        simulator.payAwaitingFundsCheck(orderId);
        clock.advance(Duration.ofMinutes(5));
        ChannelOrder fundsChecked = ordersIn(lastHour()).get(orderId);
        simulator.pay(orderId);
        clock.advance(Duration.ofMinutes(5));

        // when
        ChannelOrder paid = ordersIn(lastHour()).get(orderId);

        // then
        assertThat(unpaid.state()).isEqualTo(PlatformState.UNPAID);
        assertThat(unpaid.platformStatus()).isEqualTo("PLACE_ORDER_SUCCESS");
        assertThat(fundsChecked.platformStatus()).isEqualTo("WAIT_SELLER_SEND_GOODS");
        assertThat(fundsChecked.state()).isEqualTo(PlatformState.UNPAID);
        assertThat(paid.state()).isEqualTo(PlatformState.READY_TO_SHIP);
        assertThat(paid.updatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void cancellationsAndRefundRequestsAfterPaymentStopShippingAndAClosedOrderIsCancelled() {
        // given
        start();
        List<String> ids = simulator.placeOrders(3, NOW.minus(Duration.ofMinutes(50)));
        String unpaid = simulator
                .placeUnpaidOrders(1, NOW.minus(Duration.ofMinutes(50)))
                .get(0);
        simulator.cancel(ids.get(0));
        simulator.requestRefund(ids.get(1));
        simulator.cancel(ids.get(2));
        simulator.closeAsRefunded(ids.get(2));
        simulator.cancel(unpaid);
        clock.advance(Duration.ofMinutes(2));

        // when
        Map<String, ChannelOrder> orders = ordersIn(lastHour());

        // then
        assertThat(orders.get(ids.get(0)).platformStatus()).isEqualTo("IN_CANCEL");
        assertThat(orders.get(ids.get(0)).state()).isEqualTo(PlatformState.REFUND_REQUESTED);
        assertThat(orders.get(ids.get(1)).platformStatus()).isEqualTo("IN_ISSUE");
        assertThat(orders.get(ids.get(1)).state()).isEqualTo(PlatformState.REFUND_REQUESTED);
        assertThat(orders.get(ids.get(2)).state()).isEqualTo(PlatformState.CANCELLED);
        assertThat(orders.get(unpaid).platformStatus()).isEqualTo("FINISH");
        assertThat(orders.get(unpaid).state()).isEqualTo(PlatformState.CANCELLED);
    }

    @Test
    void moreThanFiftyOrdersArePagedFromTheLastPageAndEachIsReadExactlyOnce() {
        // given
        start();
        List<String> placed = placeOrdersEveryMinute(3, 59, 20);

        // when
        List<OrderPage> pages = readPages(lastHour());

        // then: 120 orders, 50 a page, the platform's maximum, read as pages 3, 2, 1
        assertThat(placed).hasSize(120);
        assertThat(sizesOf(pages)).containsExactly(20, 50, 50);
        assertThat(orderIdsOf(pages)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
        assertThat(simulator.listRequests()).isEqualTo(4);
    }

    @Test
    void anOrderModifiedWhilePagingMissesNoOtherOrderAndIsReadInTheNextWindow() {
        // given
        start();
        List<String> placed = placeOrdersEveryMinute(3, 59, 20);
        SyncWindow window = lastHour();
        OrderPage first = connector.fetchUpdatedOrders(shop, window, null);
        String newest = placed.get(placed.size() - 1);
        clock.advance(Duration.ofMinutes(2));
        simulator.cancel(newest);

        // when
        List<String> read = orderIdsOf(readPagesFrom(window, first));
        clock.advance(Duration.ofMinutes(2));
        Map<String, ChannelOrder> next =
                ordersIn(new SyncWindow(window.to(), connector.newestQueryable(clock.instant())));

        // then: paging from the last page, the order that left only pulls one read order onto the
        // next page (read twice, harmless to an idempotent upsert); none is skipped
        assertThat(new HashSet<>(read)).containsExactlyInAnyOrderElementsOf(placed.subList(0, placed.size() - 1));
        assertThat(next).containsOnlyKeys(newest);
        assertThat(next.get(newest).state()).isEqualTo(PlatformState.REFUND_REQUESTED);
    }

    @Test
    void anOrderIndexedWhilePagingMakesTheSliceBeReadAgainSoNoPushedOrderIsMissed() {
        // given: 120 orders, then one modified before the window's end but indexed during the paging
        start();
        List<String> placed = placeOrdersEveryMinute(3, 59, 20);
        simulator.indexesLate(Duration.ofMinutes(3));
        placed.addAll(simulator.placeOrders(1, NOW.minus(Duration.ofSeconds(150))));
        SyncWindow window = lastHour();
        OrderPage first = connector.fetchUpdatedOrders(shop, window, null);
        clock.advance(Duration.ofMinutes(1));

        // when
        List<String> read = orderIdsOf(readPagesFrom(window, first));

        // then: the count grew from 120 to 121, so the slice was read again from its new last page
        assertThat(first.orders()).hasSize(20);
        assertThat(new HashSet<>(read)).containsExactlyInAnyOrderElementsOf(placed);
    }

    @Test
    void anOrderIndexedLateIsFoundByTheNextOverlappingWindow() {
        // given
        start();
        simulator.indexesLate(Duration.ofMinutes(3));
        String late = simulator.placeOrders(1, NOW.minus(Duration.ofMinutes(2))).get(0);
        SyncWindow first = lastHour();
        Map<String, ChannelOrder> firstRead = ordersIn(first);
        clock.advance(Duration.ofMinutes(5));

        // when
        Map<String, ChannelOrder> secondRead = ordersIn(new SyncWindow(
                first.to().minus(connector.windowOverlap()), connector.newestQueryable(clock.instant())));

        // then
        assertThat(firstRead).isEmpty();
        assertThat(secondRead).containsOnlyKeys(late);
    }

    @Test
    void aWindowLongerThanThePlatformAllowsIsReadInSlicesTheSimulatorAccepts() {
        // given
        start();
        List<String> placed = new ArrayList<>();
        for (int hours : List.of(70, 47, 23, 1)) {
            placed.addAll(simulator.placeOrders(2, NOW.minus(Duration.ofHours(hours))));
        }
        SyncWindow threeDays = new SyncWindow(NOW.minus(Duration.ofDays(3)), connector.newestQueryable(NOW));

        // when
        List<String> read = orderIdsOf(readPages(threeDays));

        // then: four slices of at most 23 hours, each probed once
        assertThat(read).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
        assertThat(simulator.listRequests()).isEqualTo(4);
    }

    @Test
    void ordersModifiedInBothOfTheAutumnsRepeatedHoursAreRead() {
        // given: 01:30 daylight time and 01:30 standard time on 1 November 2026
        MutableClock autumn = new MutableClock(Instant.parse("2026-11-01T10:30:00Z"));
        start(autumn, autumn, FAST);
        String daylight =
                simulator.placeOrders(1, Instant.parse("2026-11-01T08:30:00Z")).get(0);
        String standard =
                simulator.placeOrders(1, Instant.parse("2026-11-01T09:30:00Z")).get(0);
        simulator.placeOrders(1, Instant.parse("2026-11-01T07:30:00Z"));

        // when
        Map<String, ChannelOrder> orders =
                ordersIn(new SyncWindow(Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-11-01T10:00:00Z")));

        // then
        assertThat(orders).containsOnlyKeys(daylight, standard);
        assertThat(orders.get(daylight).updatedAt()).isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
    }

    @Test
    void aThrottledReadWaitsOutTheBanAndThenSucceeds() {
        // given: real time; the emptied quota refills one call per second, long enough that the first
        // call is throttled even on a slow machine, short enough to be waited out
        start(
                Clock.systemUTC(),
                Clock.systemUTC(),
                FAST.withRetry(8, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(2)));
        simulator.callQuota(1, 1);
        Instant now = Instant.now();
        String placed =
                simulator.placeOrders(1, now.minus(Duration.ofMinutes(10))).get(0);
        SyncWindow window = lastHourUntil(now);
        simulator.rateLimited();

        // when
        OrderPage page = connector.fetchUpdatedOrders(shop, window, null);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactly(placed);
        assertThat(simulator.throttledRequests()).isPositive();
    }

    @Test
    void aReadStillThrottledAfterEveryAttemptIsReportedAsThrottled() {
        // given
        start();
        simulator.callQuota(0.001, 1).rateLimited();

        // when / then
        assertFailsAs(
                ChannelException.Kind.THROTTLED,
                () -> connector.fetchUpdatedOrders(shop, lastHour(), null),
                "App Call Limited",
                "This ban will last for");
        assertThat(simulator.listRequests()).isEqualTo(3);
    }

    // aliexpress.solution.order.fulfill

    @Test
    void anOrderTheBuyerAskedToCancelIsRejectedWithAliExpresssReason() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));
        simulator.cancel(orderId);

        // when
        RemoteOutcome<Void> outcome = connector.confirmShipment(shop, declaration(orderId, "LP1", true));

        // then
        assertThat(outcome).isInstanceOfSatisfying(RemoteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("ORDER_STATUS_NOT_SUPPORT");
            assertThat(rejected.message()).startsWith("The order status IN_CANCEL");
        });
        assertThat(simulator.shipments(orderId)).isEmpty();
    }

    @Test
    void aSplitShipmentIsDeclaredAsPartAndTheLastPackageAsAll() {
        // given
        start();
        String orderId = placeOrder(Duration.ofHours(2));

        // when
        RemoteOutcome<Void> part = connector.confirmShipment(shop, declaration(orderId, "LP1", false));
        String afterPart = simulator.orderStatus(orderId);
        RemoteOutcome<Void> rest = connector.confirmShipment(shop, declaration(orderId, "LP2", true));

        // then
        assertThat(part).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(rest).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(afterPart).isEqualTo("SELLER_PART_SEND_GOODS");
        assertThat(simulator.orderStatus(orderId)).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
        assertThat(simulator.shipments(orderId))
                .extracting(AliExpressSimulator.Shipment::sendType)
                .containsExactly("part", "all");
    }

    // aliexpress.logistics.sellermodifiedshipmentfortop

    @Test
    void aTrackingEditWithinTheLimitsReplacesTheDeclaredNumber() {
        // given
        start();
        String orderId = declaredOrder();
        clock.advance(Duration.ofDays(1));

        // when
        RemoteOutcome<Void> outcome = connector.changeTracking(shop, edit(orderId, "LP1", "UG123456789CN", 0));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(simulator.shipments(orderId)).singleElement().satisfies(shipment -> {
            assertThat(shipment.logisticsNo()).isEqualTo("UG123456789CN");
            assertThat(shipment.serviceName()).isEqualTo("YANWEN_JYT");
        });
        assertThat(simulator.shipmentEdits(orderId)).isEqualTo(1);
    }

    @Test
    void aThirdTrackingEditIsRefusedHereWithoutCallingAliExpress() {
        // given
        start();
        String orderId = declaredOrder();

        // when
        RemoteOutcome<Void> outcome = connector.changeTracking(shop, edit(orderId, "LP1", "LP3", 2));

        // then
        assertThat(outcome).isInstanceOfSatisfying(RemoteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("EDIT_LIMIT_REACHED");
            assertThat(rejected.message()).contains("already modified 2 times");
        });
        assertThat(simulator.requests(MODIFY_SHIPMENT)).isZero();
    }

    @Test
    void aTrackingEditAfterTheEditPeriodIsRefusedHereWithoutCallingAliExpress() {
        // given
        start();
        String orderId = declaredOrder();
        clock.advance(Duration.ofDays(6));

        // when
        RemoteOutcome<Void> outcome = connector.changeTracking(shop, edit(orderId, "LP1", "LP2", 0));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class,
                        rejected -> assertThat(rejected.message()).contains("allows edits for 5 days"));
        assertThat(simulator.requests(MODIFY_SHIPMENT)).isZero();
    }

    @Test
    void theSimulatorEnforcesTheSameEditLimitWhenTheCallersCountIsWrong() {
        // given: a caller that lost count of its edits, and a connector configured more leniently
        start(clock, clock, FAST.withShipmentEditLimits(5, Duration.ofDays(5)));
        String orderId = declaredOrder();
        connector.changeTracking(shop, edit(orderId, "LP1", "LP2", 0));
        connector.changeTracking(shop, edit(orderId, "YANWEN_JYT", "LP2", "LP3", 0));

        // when
        RemoteOutcome<Void> outcome = connector.changeTracking(shop, edit(orderId, "YANWEN_JYT", "LP3", "LP4", 0));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("MODIFY_TIMES_EXCEEDED"));
        assertThat(simulator.shipments(orderId))
                .singleElement()
                .satisfies(shipment -> assertThat(shipment.logisticsNo()).isEqualTo("LP3"));
    }

    @Test
    void aTrackingChangeOfANumberAliExpressNeverSawIsRejectedWithItsCodeAndNothingChanges() {
        // given
        start();
        String orderId = declaredOrder();

        // when
        RemoteOutcome<Void> outcome = connector.changeTracking(shop, edit(orderId, "LP-NEVER-DECLARED", "LP2", 0));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("LOGISTICS_NO_NOT_FOUND"));
        assertThat(simulator.shipments(orderId))
                .singleElement()
                .satisfies(shipment -> assertThat(shipment.logisticsNo()).isEqualTo("LP1"));
        assertThat(simulator.shipmentEdits(orderId)).isZero();
    }

    @Test
    void aChangeResentAfterItsAnswerWasLostIsFoundMadeNotRefused() {
        // given a change AliExpress made, whose answer was lost
        start();
        String orderId = declaredOrder();
        simulator.dropsConnectionAfterAccepting();
        RemoteOutcome<Void> lost = connector.changeTracking(shop, edit(orderId, "LP1", "LP2", 0));
        assertThat(lost).isInstanceOf(RemoteOutcome.Unknown.class);

        // when the same change is sent again
        RemoteOutcome<Void> resent = connector.changeTracking(shop, edit(orderId, "LP1", "LP2", 0));

        // then AliExpress's own record shows it made: a success, and one edit
        assertThat(resent).isEqualTo(RemoteOutcome.succeeded(null));
        assertThat(simulator.shipmentEdits(orderId)).isEqualTo(1);
        assertThat(simulator.shipments(orderId))
                .singleElement()
                .satisfies(shipment -> assertThat(shipment.logisticsNo()).isEqualTo("LP2"));
    }

    // one order again: order.info.get

    @Test
    void anOrderReadAgainWhileAliExpressKeepsFailingIsUnavailable() {
        // given
        start();
        String orderId = placeOrder(Duration.ofMinutes(30));
        simulator.failsNext(503, 3);

        // when / then
        assertFailsAs(ChannelException.Kind.UNAVAILABLE, () -> connector.fetchOrder(shop, orderId));
        assertThat(simulator.requests(ORDER_INFO)).isEqualTo(3);
        assertThat(quota.operations())
                .containsOnly("aliexpress.solution.order.info.get")
                .hasSize(3);
    }

    // return requests

    private static final String ISSUE_LIST = "aliexpress.issue.issuelist.get";
    private static final String ISSUE_DETAIL = "aliexpress.issue.detail.get";

    private List<ReturnRequest> readReturnRequests(SyncWindow window) {
        List<ReturnRequest> read = new ArrayList<>();
        String token = null;
        do {
            ReturnRequestPage page = connector.fetchReturnRequests(shop, window, token);
            read.addAll(page.requests());
            token = page.nextPageToken();
        } while (token != null);
        return read;
    }

    @Test
    void returnRequestsAreTheDisputesThatSendGoodsBackModifiedWithinTheWindow() {
        // given four shipped orders: one returned, one refunded without a return, one returned then withdrawn,
        // one returned long before the window
        start();
        String returnedEarlier = declaredOrder();
        String returned = declaredOrder();
        String refundedOnly = declaredOrder();
        String withdrawn = declaredOrder();
        simulator.requestReturn(returnedEarlier, "Wrong colour", NOW.minus(Duration.ofHours(3)));
        clock.advance(Duration.ofMinutes(5));
        String asked = simulator.requestReturn(returned, "Size too small");
        simulator.requestRefundOnly(refundedOnly, "Missing gift", clock.instant());
        simulator.cancelIssue(simulator.requestReturn(withdrawn, "Changed my mind"));
        clock.advance(Duration.ofMinutes(5));

        // when
        ReturnRequestPage page = returnRequestsSinceAnHourBeforeNow();

        // then only the standing return is one, for the order's first child order (no quantity), read once in detail
        assertThat(connector.syncsReturnRequests()).isTrue();
        String firstChild = simulator.order(returned).lines().get(0).childId();
        assertThat(page)
                .isEqualTo(new ReturnRequestPage(
                        List.of(new ReturnRequest(
                                asked, returned, firstChild, 0, "Size too small", NOW.plus(Duration.ofMinutes(5)))),
                        null));
        assertThat(simulator.requests(ISSUE_LIST)).isEqualTo(1);
        assertThat(simulator.requests(ISSUE_DETAIL)).isEqualTo(2);
    }

    @Test
    void returnRequestsArePagedUntilEveryListedDisputeIsRead() {
        // given more returns than one page holds
        start(clock, clock, FAST.withCalls(FAST.calls().withPageSize(2)));
        List<String> orders =
                List.of(declaredOrder(), declaredOrder(), declaredOrder(), declaredOrder(), declaredOrder());
        List<String> asked = orders.stream()
                .map(orderId -> simulator.requestReturn(orderId, "Damaged"))
                .toList();
        clock.advance(Duration.ofMinutes(1));
        SyncWindow window = new SyncWindow(NOW.minus(Duration.ofHours(1)), clock.instant());

        // when
        List<ReturnRequest> read = readReturnRequests(window);

        // then
        assertThat(read).extracting(ReturnRequest::platformReturnId).containsExactlyInAnyOrderElementsOf(asked);
        assertThat(simulator.requests(ISSUE_LIST)).isEqualTo(3);
    }

    @Test
    void aReturnRequestReadAgainKeepsItsIdsSoThatItMakesOneReturn() {
        // given
        start();
        String orderId = declaredOrder();
        String asked = simulator.requestReturn(orderId, "Size too small");
        clock.advance(Duration.ofMinutes(1));
        SyncWindow window = new SyncWindow(NOW.minus(Duration.ofHours(1)), clock.instant());

        // when the window is read twice, as overlapping syncs do
        List<ReturnRequest> first = readReturnRequests(window);
        List<ReturnRequest> again = readReturnRequests(window);

        // then
        assertThat(first)
                .singleElement()
                .extracting(ReturnRequest::platformReturnId)
                .isEqualTo(asked);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aRefusedIssueListIsAChannelExceptionAndNoDetailIsAsked() {
        // given
        start();
        ShopAccess wrongSession = new ShopAccess(
                1L,
                "ALIEXPRESS",
                simulator.gatewayUrl(),
                null,
                Map.of(
                        "appKey", simulator.credentials().get("appKey"),
                        "appSecret", simulator.credentials().get("appSecret"),
                        "accessToken", "expired"),
                List.of());

        // when / then
        assertThatThrownBy(() -> connector.fetchReturnRequests(
                        wrongSession, new SyncWindow(NOW.minus(Duration.ofHours(1)), NOW), null))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED))
                .hasMessageContaining("IllegalAccessToken");
        assertThat(simulator.requests(ISSUE_DETAIL)).isZero();
    }

    @Test
    void aPageTokenThatIsNoPageNumberIsAnInvalidRequest() {
        // given
        start();

        // when / then
        assertThatThrownBy(() ->
                        connector.fetchReturnRequests(shop, new SyncWindow(NOW.minus(Duration.ofHours(1)), NOW), "x"))
                .isInstanceOfSatisfying(
                        ChannelException.class,
                        e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.INVALID_REQUEST));
    }
}
