package io.junction.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.order.WriteBackStatus;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bulk ship (勾选发货): printed orders with tracking numbers ship as the station ships them, without a scan. */
class ShipWithoutScanServiceTest extends FakeShopTest {

    @Autowired
    ShipWithoutScanService shipping;

    @Autowired
    OrderControlService control;

    @Test
    void aPrintedOrderShipsOnceWithItsStockDeductedAndOneConfirmationQueued() {
        // given a printed order holding one mug
        Order printed = pipeline.printed(syncedOrder(mug));
        int onHand = skus.findById(mug.id()).onHand();

        // when a clerk ships it without scanning
        BatchActionResult result = shipping.ship(List.of(printed.id()), "clerk");

        // then it shipped as at the station: stock deducted, one write-back queued, the clerk in its history
        assertThat(result.succeeded()).containsExactly(printed.id());
        Order shipped = orders.findById(printed.id());
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.writeBackStatus()).isEqualTo(WriteBackStatus.PENDING);
        assertThat(skus.findById(mug.id()).onHand()).isEqualTo(onHand - 1);
        assertThat(skus.findById(mug.id()).reserved()).isZero();
        assertThat(outboxRows(printed.id())).isEqualTo(1);
        assertThat(packages.findByOrder(printed.id()))
                .allSatisfy(p -> assertThat(p.shippedAt()).isNotNull());
        assertThat(orders.history(printed.id())).last().satisfies(h -> {
            assertThat(h.toStatus()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(h.actor()).isEqualTo("clerk");
            assertThat(h.reason()).isEqualTo("shipped without scanning");
        });

        // when the same order is shipped again
        BatchActionResult again = shipping.ship(List.of(printed.id()), "clerk");

        // then nothing ships twice: refused, no second deduction, no second confirmation
        assertThat(again.succeeded()).isEmpty();
        assertThat(again.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.refusal().code()).isEqualTo(Refusal.ALREADY_SHIPPED));
        assertThat(skus.findById(mug.id()).onHand()).isEqualTo(onHand - 1);
        assertThat(outboxRows(printed.id())).isEqualTo(1);
    }

    @Test
    void anOrderWithoutATrackingNumberIsRefusedAndKeepsItsStock() {
        // given an allocated order whose parcel is not booked yet
        Order allocated = pipeline.allocated(syncedOrder(mug));

        // when
        BatchActionResult result = shipping.ship(List.of(allocated.id()), "clerk");

        // then
        assertThat(result.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.refusal().code()).isEqualTo(Refusal.NO_TRACKING_NUMBER));
        assertThat(orders.findById(allocated.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(skus.findById(mug.id()).reserved()).isEqualTo(1);
        assertThat(outboxRows(allocated.id())).isZero();
    }

    @Test
    void heldUnreviewedAndRefundFlaggedOrdersAreRefusedEachWithItsReason() {
        // given a held printed order, an order waiting for review, and a printed order whose buyer asked for a refund
        Order held = pipeline.printed(syncedOrder(mug));
        control.hold(List.of(held.id()), "clerk", "buyer asked to change colour");
        Order unreviewed = syncedOrder(mug);
        ChannelOrder disputed = fixtures.paidOrder(mug);
        Order flagged = pipeline.printed(fixtures.ingest(shop, disputed).get(0));
        fixtures.ingest(
                shop,
                Fixtures.changed(
                        disputed,
                        PlatformState.REFUND_REQUESTED,
                        disputed.updatedAt().plusSeconds(60)));

        // when
        BatchActionResult result = shipping.ship(List.of(held.id(), unreviewed.id(), flagged.id()), "clerk");

        // then none shipped, each refused with its own code
        assertThat(result.succeeded()).isEmpty();
        assertThat(result.failed())
                .extracting(f -> f.refusal().code())
                .containsExactly(Refusal.HELD, Refusal.WRONG_STATUS, Refusal.WRONG_STATUS);
        assertThat(result.failed().get(0).refusal().args()).containsExactly("buyer asked to change colour");
        assertThat(orders.findById(held.id()).status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(outboxRows(held.id()) + outboxRows(unreviewed.id()) + outboxRows(flagged.id()))
                .isZero();
    }

    @Test
    void anOrderInShipmentWhoseRefundRequestIsStillOpenIsRefused() {
        // given a printed order the platform flags with a refund request that did not stop it (as a merge may leave it)
        Order printed = pipeline.printed(syncedOrder(mug));
        jdbc.update("UPDATE oms_order SET platform_state = 'REFUND_REQUESTED' WHERE id = ?", printed.id());

        // when
        BatchActionResult result = shipping.ship(List.of(printed.id()), "clerk");

        // then
        assertThat(result.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.refusal().code()).isEqualTo(Refusal.PLATFORM_REFUND_OPEN));
        assertThat(orders.findById(printed.id()).status()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
    }

    private long outboxRows(long orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM wb_outbox WHERE order_id = ?", Long.class, orderId);
    }
}
