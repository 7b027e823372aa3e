package io.junction.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.junction.audit.AuditService;
import io.junction.channel.ChannelOrder;
import io.junction.order.AllocationBlock;
import io.junction.order.BlockItem;
import io.junction.order.Order;
import io.junction.order.OrderHistoryEntry;
import io.junction.order.OrderStatus;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockService;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Orders move on by themselves when the seller lets them: after review, and when stock arrives. */
class AutoAllocationTest extends EmptyFakeShopTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    AllocationSettings settings;

    @Autowired
    AuditService audit;

    @Autowired
    AllocationBlockMapper blocks;

    @Autowired
    StockService stock;

    @AfterEach
    void offAgain() {
        // the setting is the database's: other tests on a shared database expect it off
        settings.setAutoAllocate(false, "test");
    }

    @Test
    void stockArrivingAllocatesTheWaitingOrdersEarliestShipByFirstAndNeverHalfAnOrder() {
        // given automatic allocation, and four reviewed orders of a SKU none of which is in stock
        settings.setAutoAllocate(true, "admin");
        WarehouseSku lamp = fixtures.sku(0);
        WarehouseSku mug = fixtures.sku(10);
        Instant now = clock.instant();
        Order latest = reviewed(Fixtures.withShipBy(fixtures.paidOrder(lamp), now.plus(Duration.ofDays(3))));
        Order earliest = reviewed(Fixtures.withShipBy(fixtures.paidOrder(lamp), now.plus(Duration.ofDays(1))));
        Order noDeadline = reviewed(Fixtures.withShipBy(fixtures.paidOrder(lamp), null));
        Order twoLamps =
                reviewed(Fixtures.withShipBy(fixtures.paidOrder(lamp, lamp, mug), now.plus(Duration.ofDays(2))));
        List<Order> all = List.of(latest, earliest, noDeadline, twoLamps);
        eventually(() ->
                all.stream().allMatch(o -> orders.findById(o.id()).allocationBlock() == AllocationBlock.OUT_OF_STOCK));

        // when three lamps arrive
        stock.receive(
                Fixtures.unique("R"), List.of(new StockService.ReceiptLine(lamp.sku(), null, 3, "C-01")), "receiver");

        // then the earliest ship-by (one lamp) and the next (two lamps and a mug) are allocated whole, by themselves
        eventually(() -> status(twoLamps) == OrderStatus.PENDING_TRACKING);
        assertThat(status(earliest)).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(orders.lines(twoLamps.id())).allMatch(l -> l.reserved());
        assertThat(fixtures.stockOf(lamp).reserved()).isEqualTo(3);
        assertThat(fixtures.stockOf(mug).reserved()).isEqualTo(1);
        assertThat(orders.history(earliest.id()))
                .last()
                .extracting(OrderHistoryEntry::actor)
                .isEqualTo(AutoAllocation.ACTOR);
        // and the later ones still wait, saying what they miss now
        assertThat(status(latest)).isEqualTo(OrderStatus.PENDING_ALLOCATION);
        assertThat(status(noDeadline)).isEqualTo(OrderStatus.PENDING_ALLOCATION);
        assertThat(blocks.items(List.of(latest.id())))
                .extracting(BlockItem::code, BlockItem::missing)
                .containsExactly(tuple(lamp.sku(), 1));
        assertThat(orders.findById(noDeadline.id()).allocationBlock()).isEqualTo(AllocationBlock.OUT_OF_STOCK);

        // when one more lamp arrives, the later deadline goes before the order without one
        stock.adjust(lamp.sku(), 1, "found one behind the shelf", "counter");
        eventually(() -> status(latest) == OrderStatus.PENDING_TRACKING);
        assertThat(status(noDeadline)).isEqualTo(OrderStatus.PENDING_ALLOCATION);
    }

    @Test
    void withTheSettingOffAReviewedOrderWaitsForAClerkButOneWaitingForStockMovesWhenItArrives() {
        // given a reviewed order that a clerk could not allocate for want of stock, automatic allocation off
        WarehouseSku lamp = fixtures.sku(0);
        Order order = reviewed(fixtures.paidOrder(lamp));
        allocation.allocate(List.of(order.id()), "clerk");
        assertThat(orders.findById(order.id()).allocationBlock()).isEqualTo(AllocationBlock.OUT_OF_STOCK);

        // when the lamp arrives, and a new order is reviewed
        stock.receive(
                Fixtures.unique("R"), List.of(new StockService.ReceiptLine(lamp.sku(), null, 5, null)), "receiver");
        Order another = reviewed(fixtures.paidOrder(lamp));

        // then the waiting order moves by itself, its block gone; the new one waits for a clerk, with no block
        eventually(() -> status(order) == OrderStatus.PENDING_TRACKING);
        assertThat(orders.findById(order.id()).allocationBlock()).isNull();
        Order control = reviewed(fixtures.paidOrder(lamp));
        allocation.allocate(List.of(control.id()), "clerk");
        assertThat(status(control)).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(status(another)).isEqualTo(OrderStatus.PENDING_ALLOCATION);
        assertThat(orders.findById(another.id()).allocationBlock()).isNull();
    }

    @Test
    void aReviewedOrderIsAllocatedByItselfWhenTheSettingIsOn() {
        // given
        settings.setAutoAllocate(true, "admin");
        WarehouseSku mug = fixtures.sku(4);

        Order order = syncedOrder(mug, mug);

        // when
        assertThat(audit.audit(List.of(order.id()), "clerk").succeeded()).containsExactly(order.id());

        // then
        eventually(() -> status(order) == OrderStatus.PENDING_TRACKING);
        assertThat(fixtures.stockOf(mug).reserved()).isEqualTo(2);
    }

    @Test
    void everyOrderOfABatchApprovalIsAllocatedByItselfNoneLeftWaiting() {
        // given the setting on and twenty orders waiting for review
        settings.setAutoAllocate(true, "admin");
        WarehouseSku mug = fixtures.sku(40);
        List<Order> waiting = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            waiting.add(syncedOrder(mug));
        }

        // when a clerk approves them at once (twenty announcements, one after the other)
        List<Long> ids = waiting.stream().map(Order::id).toList();
        assertThat(audit.audit(ids, "clerk").succeeded()).containsExactlyElementsOf(ids);

        // then every one of them is allocated (an announcement arriving while a drain runs is not left waiting)
        eventually(() -> waiting.stream().allMatch(o -> status(o) == OrderStatus.PENDING_TRACKING));
        assertThat(fixtures.stockOf(mug).reserved()).isEqualTo(20);
    }

    /** Waits (the allocation runs in the background) until the condition holds, or fails. */
    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Order reviewed(ChannelOrder platformOrder) {
        return pipeline.audited(fixtures.ingest(shop, platformOrder).get(0));
    }

    private OrderStatus status(Order order) {
        return orders.findById(order.id()).status();
    }
}
