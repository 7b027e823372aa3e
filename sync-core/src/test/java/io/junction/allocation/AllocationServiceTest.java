package io.junction.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PackageLine;
import io.junction.order.PreAdviceStatus;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationServiceTest extends EmptyFakeShopTest {

    @Test
    void allocationReservesStockMakesOnePackageAndMovesToPendingTracking() {
        // given a reviewed order of two mugs and a plate
        WarehouseSku mug = fixtures.sku(5);
        WarehouseSku plate = fixtures.sku(3);
        Order order = reviewed(fixtures.paidOrder(mug, mug, plate));

        // when
        BatchActionResult result = allocation.allocate(List.of(order.id()), "alice");

        // then
        assertThat(result.succeeded()).containsExactly(order.id());
        assertThat(result.failed()).isEmpty();
        assertThat(onHandAndReserved(mug)).containsEntry("on_hand", 5).containsEntry("reserved", 2);
        assertThat(onHandAndReserved(plate)).containsEntry("on_hand", 3).containsEntry("reserved", 1);
        Order allocated = orders.findById(order.id());
        assertThat(allocated.status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(allocated.logisticsMethodId()).isEqualTo(method.id());
        assertThat(orders.lines(order.id()))
                .allSatisfy(l -> assertThat(l.reserved()).isTrue());
        List<OrderPackage> made = packages.findByOrder(order.id());
        assertThat(made).singleElement().satisfies(p -> {
            assertThat(p.packageNo()).matches("JN\\d{10}").isEqualTo(String.format("JN%010d", p.id()));
            assertThat(p.logisticsMethodId()).isEqualTo(method.id());
            assertThat(p.preadviceStatus()).isEqualTo(PreAdviceStatus.NONE);
            assertThat(p.weightGrams()).isEqualTo(3 * 350);
            assertThat(p.trackingNumber()).isNull();
        });
        List<OrderLine> lines = orders.lines(order.id());
        assertThat(packages.lines(made.get(0).id()))
                .extracting(PackageLine::orderLineId, PackageLine::skuId, PackageLine::quantity, PackageLine::scanned)
                .containsExactly(
                        tuple(lines.get(0).id(), mug.id(), 1, 0),
                        tuple(lines.get(1).id(), mug.id(), 1, 0),
                        tuple(lines.get(2).id(), plate.id(), 1, 0));
        assertThat(orders.history(order.id())).last().satisfies(h -> {
            assertThat(h.toStatus()).isEqualTo(OrderStatus.PENDING_TRACKING);
            assertThat(h.actor()).isEqualTo("alice");
        });
    }

    @Test
    void ordersAllocatedTogetherByDifferentMethodsEachKeepTheirMethodAndSayItInTheirHistory() {
        // given two reviewed orders, one to ship by the shop's default method and one by a method of its own
        WarehouseSku mug = fixtures.sku(5);
        Order byDefault = reviewed(fixtures.paidOrder(mug));
        Order byItsOwn = reviewed(fixtures.paidOrder(mug));
        LogisticsMethod own = fixtures.fakeCarrierMethod();
        jdbc.update("UPDATE oms_order SET logistics_method_id = ? WHERE id = ?", own.id(), byItsOwn.id());

        // when both are allocated at once
        BatchActionResult result = allocation.allocate(List.of(byDefault.id(), byItsOwn.id()), "alice");

        // then each moved with its own method named in its history
        assertThat(result.succeeded()).containsExactly(byDefault.id(), byItsOwn.id());
        assertThat(orders.findById(byDefault.id()).logisticsMethodId()).isEqualTo(method.id());
        assertThat(orders.findById(byItsOwn.id()).logisticsMethodId()).isEqualTo(own.id());
        assertThat(orders.history(byDefault.id())).last().satisfies(h -> {
            assertThat(h.toStatus()).isEqualTo(OrderStatus.PENDING_TRACKING);
            assertThat(h.reason()).isEqualTo("allocated: stock reserved, shipping by " + method.name());
        });
        assertThat(orders.history(byItsOwn.id())).last().satisfies(h -> {
            assertThat(h.toStatus()).isEqualTo(OrderStatus.PENDING_TRACKING);
            assertThat(h.reason()).isEqualTo("allocated: stock reserved, shipping by " + own.name());
        });
        assertThat(packages.findByOrder(byItsOwn.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.logisticsMethodId()).isEqualTo(own.id()));
    }

    @Test
    void notEnoughStockFailsThatOrderReservingNothingWhileAnotherOrderInTheBatchSucceeds() {
        // given an order whose first line is in stock and whose second is not, and a good order
        WarehouseSku plenty = fixtures.sku(10);
        WarehouseSku scarce = fixtures.sku(0);
        Order short_ = reviewed(fixtures.paidOrder(plenty, scarce));
        Order good = reviewed(fixtures.paidOrder(plenty));

        // when
        BatchActionResult result = allocation.allocate(List.of(short_.id(), good.id()), "alice");

        // then
        assertThat(result.succeeded()).containsExactly(good.id());
        assertThat(result.failed()).singleElement().satisfies(f -> {
            assertThat(f.orderId()).isEqualTo(short_.id());
            assertThat(f.reason())
                    .contains("Not enough stock of " + scarce.sku())
                    .contains("1 needed, 0 available");
        });
        assertThat(onHandAndReserved(plenty)).containsEntry("reserved", 1);
        assertThat(onHandAndReserved(scarce)).containsEntry("reserved", 0);
        assertThat(orders.findById(short_.id()).status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
        assertThat(orders.findById(short_.id()).version()).isEqualTo(short_.version());
        assertThat(orders.lines(short_.id()))
                .allSatisfy(l -> assertThat(l.reserved()).isFalse());
        assertThat(packages.findByOrder(short_.id())).isEmpty();
        assertThat(orders.findById(good.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
    }

    @Test
    void anOrderAllocatedAfterStockArrivesSucceedsOnTheRetry() {
        // given an order that failed for want of stock
        WarehouseSku scarce = fixtures.sku(0);
        Order order = reviewed(fixtures.paidOrder(scarce));
        assertThat(allocation.allocate(List.of(order.id()), "alice").failed()).hasSize(1);

        // when stock arrives and the clerk retries
        jdbc.update("UPDATE wms_sku SET on_hand = 4 WHERE id = ?", scarce.id());
        BatchActionResult retry = allocation.allocate(List.of(order.id()), "alice");

        // then
        assertThat(retry.succeeded()).containsExactly(order.id());
        assertThat(onHandAndReserved(scarce)).containsEntry("reserved", 1);
        assertThat(packages.findByOrder(order.id())).hasSize(1);
    }

    @Test
    void anUnpairedSkuFailsWithAClearReason() {
        // given a reviewed order whose line names a SKU the warehouse does not know
        WarehouseSku known = fixtures.sku(5);
        String unknownSku = Fixtures.unique("NOSUCH");
        ChannelOrder platformOrder = fixtures.platformOrder(
                Fixtures.unique("PO"),
                PlatformState.READY_TO_SHIP,
                clock.instant().minus(Duration.ofMinutes(3)),
                known);
        ChannelOrder withUnknownLine = Fixtures.withLines(
                platformOrder,
                List.of(
                        platformOrder.lines().get(0),
                        new ChannelOrder.Line(
                                platformOrder.platformOrderId() + "-x", unknownSku, "Mystery", 1, BigDecimal.ONE)));
        Order order = reviewed(withUnknownLine);

        // when
        BatchActionResult result = allocation.allocate(List.of(order.id()), "alice");

        // then
        assertThat(result.failed())
                .singleElement()
                .satisfies(f ->
                        assertThat(f.reason()).isEqualTo("SKU " + unknownSku + " is not paired with a warehouse SKU"));
        assertThat(onHandAndReserved(known)).containsEntry("reserved", 0);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
    }

    @Test
    void anOrderNotWaitingForAllocationFailsWithItsStatusNamed() {
        // given an order not yet reviewed
        WarehouseSku mug = fixtures.sku(5);
        Order unreviewed = syncedOrder(mug);

        // when
        BatchActionResult result = allocation.allocate(List.of(unreviewed.id()), "alice");

        // then
        assertThat(result.succeeded()).isEmpty();
        assertThat(result.failed()).singleElement().satisfies(f -> {
            assertThat(f.orderId()).isEqualTo(unreviewed.id());
            assertThat(f.reason()).isEqualTo("Order is PENDING_AUDIT, not PENDING_ALLOCATION");
        });
        assertThat(onHandAndReserved(mug)).containsEntry("reserved", 0);
        assertThat(packages.findByOrder(unreviewed.id())).isEmpty();
    }

    @Test
    void allocatingTheSameOrderTwiceReservesOnce() {
        // given an allocated order
        WarehouseSku mug = fixtures.sku(5);
        Order order = reviewed(fixtures.paidOrder(mug));
        allocation.allocate(List.of(order.id()), "alice");

        // when the clerk clicks again
        BatchActionResult again = allocation.allocate(List.of(order.id()), "alice");

        // then
        assertThat(again.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("Order is PENDING_TRACKING, not PENDING_ALLOCATION"));
        assertThat(onHandAndReserved(mug)).containsEntry("reserved", 1);
        assertThat(packages.findByOrder(order.id())).hasSize(1);
    }

    private Order reviewed(ChannelOrder platformOrder) {
        return pipeline.audited(fixtures.ingest(shop, platformOrder).get(0));
    }
}
