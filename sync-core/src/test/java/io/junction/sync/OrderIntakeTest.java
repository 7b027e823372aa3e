package io.junction.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderHistoryEntry;
import io.junction.order.OrderLine;
import io.junction.order.OrderStatus;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrderIntakeTest extends FakeShopTest {

    @Autowired
    OrderIntake intake;

    @Override
    protected int mugsInStock() {
        return 10;
    }

    @Test
    void aNewPaidOrderEntersPendingAuditWithAHistoryRowBySync() {
        // given
        ChannelOrder paid = fixtures.paidOrder(mug);

        // when
        OrderIntake.Tally tally = intake.ingest(shop, page(paid));

        // then
        assertThat(tally).isEqualTo(new OrderIntake.Tally(1, 0, 0, 0));
        Order order = orders.findByPlatformId(shop.id(), paid.platformOrderId());
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(order.platformStatus()).isEqualTo("READY_TO_SHIP");
        assertThat(order.platformUpdatedAt()).isEqualTo(paid.updatedAt());
        assertThat(orders.history(order.id())).singleElement().satisfies(h -> {
            assertThat(h.fromStatus()).isNull();
            assertThat(h.toStatus()).isEqualTo(OrderStatus.PENDING_AUDIT);
            assertThat(h.actor()).isEqualTo("sync");
            assertThat(h.reason()).contains("FAKE");
        });
    }

    @Test
    void anUnpaidOrderWaitsForPaymentAndPaymentReleasesItToReview() {
        // given
        ChannelOrder unpaid = fixtures.platformOrder(
                Fixtures.unique("PO"), PlatformState.UNPAID, clock.instant().minus(Duration.ofMinutes(10)), mug);
        Order order = fixtures.ingest(shop, unpaid).get(0);
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

        // when the platform reports it paid
        Instant paidAt = unpaid.updatedAt().plus(Duration.ofMinutes(5));
        OrderIntake.Tally tally =
                intake.ingest(shop, page(Fixtures.changed(unpaid, PlatformState.READY_TO_SHIP, paidAt)));

        // then
        assertThat(tally).isEqualTo(new OrderIntake.Tally(0, 1, 0, 0));
        Order paid = orders.findById(order.id());
        assertThat(paid.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(paid.platformStatus()).isEqualTo("READY_TO_SHIP");
        assertThat(paid.platformUpdatedAt()).isEqualTo(paidAt);
        OrderHistoryEntry paidMove = lastMove(order, OrderStatus.AWAITING_PAYMENT, OrderStatus.PENDING_AUDIT);
        assertThat(paidMove.actor()).isEqualTo("sync");
        assertThat(paidMove.reason()).isEqualTo("paid on FAKE");
    }

    @Test
    void anOlderOrEqualPlatformVersionChangesNothing() {
        // given
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order before = fixtures.ingest(shop, paid).get(0);

        // when the platform sends the same version cancelled, and an older one cancelled
        OrderIntake.Tally same =
                intake.ingest(shop, page(Fixtures.changed(paid, PlatformState.CANCELLED, paid.updatedAt())));
        OrderIntake.Tally older = intake.ingest(
                shop,
                page(Fixtures.changed(
                        paid, PlatformState.CANCELLED, paid.updatedAt().minus(Duration.ofSeconds(1)))));

        // then
        assertThat(same).isEqualTo(new OrderIntake.Tally(0, 0, 1, 0));
        assertThat(older).isEqualTo(new OrderIntake.Tally(0, 0, 1, 0));
        assertThat(orders.findById(before.id())).isEqualTo(before);
        assertThat(orders.history(before.id())).hasSize(1);
    }

    @Test
    void aNewerVersionNeverRollsOurStatusBack() {
        // given an order we have allocated (PENDING_TRACKING)
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order allocated = pipeline.allocated(fixtures.ingest(shop, paid).get(0));
        int historyRows = orders.history(allocated.id()).size();

        // when the platform re-sends it, newer, still READY_TO_SHIP
        Instant later = paid.updatedAt().plus(Duration.ofMinutes(30));
        OrderIntake.Tally tally = intake.ingest(shop, page(Fixtures.changed(paid, PlatformState.READY_TO_SHIP, later)));

        // then its platform facts are merged and our status stays
        assertThat(tally.updated()).isEqualTo(1);
        Order after = orders.findById(allocated.id());
        assertThat(after.status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(after.platformUpdatedAt()).isEqualTo(later);
        assertThat(orders.history(allocated.id())).hasSize(historyRows);
        assertThat(skus.findById(mug.id()).reserved()).isEqualTo(1);
    }

    @Test
    void aPlatformCancellationBeforeAuditCancelsTheOrder() {
        // given
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order order = fixtures.ingest(shop, paid).get(0);

        // when
        platformSends(paid, PlatformState.CANCELLED, 60);

        // then
        Order cancelled = orders.findById(order.id());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.statusReason()).contains("cancelled on FAKE");
        OrderHistoryEntry cancellation = lastMove(order, OrderStatus.PENDING_AUDIT, OrderStatus.CANCELLED);
        assertThat(cancellation.actor()).isEqualTo("sync");
    }

    @Test
    void aPlatformCancellationAfterAllocationInterceptsToExceptionAndReleasesTheStock() {
        // given an allocated order holding one mug
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order allocated = pipeline.allocated(fixtures.ingest(shop, paid).get(0));
        assertThat(reservedOf(mug)).isEqualTo(1);

        // when the buyer cancels on the platform
        platformSends(paid, PlatformState.CANCELLED, 60);

        // then
        Order stopped = stoppedNow(allocated);
        assertThat(stopped.statusReason()).contains("cancelled on FAKE").contains("stop this order");
        assertThat(reservedOf(mug)).isZero();
        assertThat(onHandOf(mug)).isEqualTo(10);
        assertThat(orders.lines(allocated.id()))
                .allSatisfy(l -> assertThat(l.reserved()).isFalse());
        lastMove(allocated, OrderStatus.PENDING_TRACKING, OrderStatus.EXCEPTION);
    }

    @Test
    void aRepeatedCancellationReleasesTheStockOnlyOnce() {
        // given an allocated order and a second mug order holding stock too
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order allocated = pipeline.allocated(fixtures.ingest(shop, paid).get(0));
        pipeline.allocated(syncedOrder(mug));
        assertThat(reservedOf(mug)).isEqualTo(2);

        // when the cancellation arrives, then a newer version of it again
        platformSends(paid, PlatformState.CANCELLED, 60);
        platformSends(paid, PlatformState.CANCELLED, 120);

        // then only the cancelled order's unit came back
        assertThat(orders.findById(allocated.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
        assertThat(reservedOf(mug)).isEqualTo(1);
    }

    @Test
    void aRefundRequestStopsAnAllocatedOrderAndGivesItsStockBack() {
        // given an allocated order holding one mug
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order allocated = pipeline.allocated(fixtures.ingest(shop, paid).get(0));

        // when the buyer asks for a refund on the platform
        platformSends(paid, PlatformState.REFUND_REQUESTED, 60);

        // then the order is stopped and its stock given back (a refused refund is allocated again)
        assertThat(stoppedNow(allocated).statusReason()).contains("refund").contains("do not ship");
        assertThat(reservedOf(mug)).isZero();
        assertThat(orders.lines(allocated.id()))
                .allSatisfy(line -> assertThat(line.reserved()).isFalse());
    }

    @Test
    void anOrderFirstSeenWithAnOpenRefundRequestEntersAsAnException() {
        // given
        ChannelOrder disputed = fixtures.platformOrder(
                Fixtures.unique("PO"),
                PlatformState.REFUND_REQUESTED,
                clock.instant().minus(Duration.ofMinutes(5)),
                mug);

        // when
        intake.ingest(shop, page(disputed));

        // then
        Order order = orders.findByPlatformId(shop.id(), disputed.platformOrderId());
        assertThat(order.status()).isEqualTo(OrderStatus.EXCEPTION);
        assertThat(order.statusReason()).contains("refund");
    }

    @Test
    void anOrderShippedOnThePlatformOutsideJunctionIsStoppedBeforeItShipsTwice() {
        // given an order waiting to be printed
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order tracked = pipeline.tracked(fixtures.ingest(shop, paid).get(0));

        // when the platform reports it shipped, though we never shipped it
        platformSends(paid, PlatformState.SHIPPED, 60);

        // then
        assertThat(stoppedNow(tracked).statusReason()).contains("outside Junction");
    }

    @Test
    void theSameMalformedPayloadSeenByOverlappingWindowsIsQuarantinedOnce() {
        // given
        OrderPage.MalformedOrder bad =
                new OrderPage.MalformedOrder(Fixtures.unique("BAD"), "orderItems is missing", "{\"orderId\":\"x\"}");
        OrderPage withBad = new OrderPage(List.of(), List.of(bad), null);

        // when
        intake.ingest(shop, withBad);
        intake.ingest(shop, withBad);

        // then
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM chn_quarantine WHERE shop_id = ? AND platform_order_id = ?",
                        Integer.class,
                        shop.id(),
                        bad.platformOrderId()))
                .isEqualTo(1);
    }

    @Test
    void linesArePairedWithWarehouseSkusByExactSkuCode() {
        // given lines whose platform SKU is the warehouse code, differs in case, or has a suffix
        String id = Fixtures.unique("PO");
        ChannelOrder order = Fixtures.withShipBy(
                Fixtures.platformOrder(
                        id,
                        PlatformState.READY_TO_SHIP,
                        clock.instant().minus(Duration.ofMinutes(3)),
                        List.of(
                                new ChannelOrder.Line(id + "-0", mug.sku(), "Mug", 1, new BigDecimal("9.99")),
                                new ChannelOrder.Line(
                                        id + "-1", mug.sku().toLowerCase(), "Mug lower", 1, new BigDecimal("9.99")),
                                new ChannelOrder.Line(
                                        id + "-2", mug.sku() + "-RED", "Mug red", 1, new BigDecimal("9.99")))),
                null);

        // when
        Order stored = fixtures.ingest(shop, order).get(0);

        // then
        List<OrderLine> lines = orders.lines(stored.id());
        assertThat(lines)
                .extracting(OrderLine::platformSku)
                .containsExactly(mug.sku(), mug.sku().toLowerCase(), mug.sku() + "-RED");
        assertThat(lines).extracting(OrderLine::skuId).containsExactly(mug.id(), null, null);
        assertThat(jdbc.queryForList(
                        "SELECT sku_id FROM oms_order_line WHERE order_id = ? ORDER BY id", Long.class, stored.id()))
                .containsExactly(mug.id(), null, null);
    }

    @Test
    void anAddressChangeOnThePlatformIsMergedAndNoted() {
        // given
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order order = fixtures.ingest(shop, paid).get(0);
        Address moved =
                new Address("Ada Lovelace", null, "2 Elm St", "Apt 4", "Springfield", "IL", "62702", "US", "555-0100");
        Instant later = paid.updatedAt().plusSeconds(60);
        ChannelOrder changed = Fixtures.withShipTo(paid, moved, later);

        // when
        intake.ingest(shop, page(changed));

        // then
        Order after = orders.findById(order.id());
        assertThat(after.shipTo()).isEqualTo(moved);
        assertThat(after.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(lastMove(order, OrderStatus.PENDING_AUDIT, OrderStatus.PENDING_AUDIT)
                        .reason())
                .contains("ship-to address changed");
    }

    @Test
    void anAddressChangeAfterThePreAdviceStopsTheOrderAndCancelsTheParcelWithTheOldAddress() {
        // given an order whose parcel is pre-advised to the old address
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order tracked = pipeline.tracked(fixtures.ingest(shop, paid).get(0));
        long packageId = pipeline.packageOf(tracked).id();

        // when the buyer changes the address on the platform
        intake.ingest(shop, page(movedTo(paid, "2 Elm St")));

        // then the order stops, its stock is back and its parcel is being cancelled
        Order after = stoppedNow(tracked);
        assertThat(after.statusReason()).contains("after the parcel was pre-advised");
        assertThat(after.shipTo().line1()).isEqualTo("2 Elm St");
        assertThat(reservedOf(mug)).isZero();
        assertThat(context.getBean(PackageMapper.class).findById(packageId).preadviceStatus())
                .isEqualTo(PreAdviceStatus.CANCELLING);
    }

    @Test
    void anAddressChangeOfAHeldOrderWithAParcelStopsItToo() {
        // given a pre-advised order a clerk has put on hold
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order tracked = pipeline.tracked(fixtures.ingest(shop, paid).get(0));
        assertThat(context.getBean(OrderControlService.class)
                        .hold(List.of(tracked.id()), "clerk", "customer called")
                        .failed())
                .isEmpty();

        // when the address changes
        intake.ingest(shop, page(movedTo(paid, "2 Elm St")));

        // then it is stopped and its parcel cancelled, not released later to print the old label
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
        assertThat(context.getBean(PackageMapper.class).findAllByOrder(tracked.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLING));
    }

    @Test
    void anAddressChangeBeforeThePreAdviceIsUsedAsItIs() {
        // given an allocated order, its parcel not asked for yet
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order allocated = pipeline.allocated(fixtures.ingest(shop, paid).get(0));

        // when the address changes
        intake.ingest(shop, page(movedTo(paid, "2 Elm St")));

        // then the order goes on with the new address, its stock kept
        Order after = orders.findById(allocated.id());
        assertThat(after.status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(after.shipTo().line1()).isEqualTo("2 Elm St");
        assertThat(reservedOf(mug)).isEqualTo(1);
    }

    private static ChannelOrder movedTo(ChannelOrder paid, String line1) {
        Address to = paid.shipTo();
        return Fixtures.withShipTo(
                paid,
                new Address(
                        to.name(),
                        to.company(),
                        line1,
                        to.line2(),
                        to.city(),
                        to.state(),
                        to.postalCode(),
                        to.countryCode(),
                        to.phone()),
                paid.updatedAt().plusSeconds(60));
    }

    @Test
    void aNewerVersionWithoutAShipByDeadlineKeepsTheKnownOne() {
        // given an order with its deadline, then a newer read of it that does not carry one (AliExpress's one-order
        // read)
        ChannelOrder paid = fixtures.paidOrder(mug);
        Order order = fixtures.ingest(shop, paid).get(0);
        ChannelOrder reread = new ChannelOrder(
                paid.platformOrderId(),
                "Shipped",
                PlatformState.SHIPPED,
                paid.marketplaceId(),
                paid.createdAt(),
                paid.updatedAt().plusSeconds(60),
                paid.buyerName(),
                paid.shipTo(),
                paid.currency(),
                paid.total(),
                null,
                paid.lines(),
                null);

        // when
        intake.ingest(shop, page(reread));

        // then the platform's change is merged and the deadline kept
        Order after = orders.findById(order.id());
        assertThat(after.platformStatus()).isEqualTo("Shipped");
        assertThat(after.shipBy()).isEqualTo(order.shipBy()).isNotNull();
    }

    /** The platform sends {@code paid} again in {@code state}, {@code seconds} newer than the version first sent. */
    private void platformSends(ChannelOrder paid, PlatformState state, long seconds) {
        intake.ingest(shop, page(Fixtures.changed(paid, state, paid.updatedAt().plusSeconds(seconds))));
    }

    /** The order as stored now, asserted to be stopped (EXCEPTION) for a person to look at. */
    private Order stoppedNow(Order order) {
        Order now = orders.findById(order.id());
        assertThat(now.status()).isEqualTo(OrderStatus.EXCEPTION);
        return now;
    }

    /** The order's last history row, asserted to move it from {@code from} to {@code to}. */
    private OrderHistoryEntry lastMove(Order order, OrderStatus from, OrderStatus to) {
        List<OrderHistoryEntry> history = orders.history(order.id());
        assertThat(history).isNotEmpty();
        OrderHistoryEntry last = history.get(history.size() - 1);
        assertThat(last.fromStatus()).isEqualTo(from);
        assertThat(last.toStatus()).isEqualTo(to);
        return last;
    }

    private static OrderPage page(ChannelOrder... platformOrders) {
        return new OrderPage(List.of(platformOrders), List.of(), null);
    }

    private int reservedOf(WarehouseSku sku) {
        return jdbc.queryForObject("SELECT reserved FROM wms_sku WHERE id = ?", Integer.class, sku.id());
    }

    private int onHandOf(WarehouseSku sku) {
        return jdbc.queryForObject("SELECT on_hand FROM wms_sku WHERE id = ?", Integer.class, sku.id());
    }
}
