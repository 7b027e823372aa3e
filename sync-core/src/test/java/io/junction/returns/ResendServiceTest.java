package io.junction.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ShipmentConfirmation;
import io.junction.merge.MergeService;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.order.WriteBackStatus;
import io.junction.writeback.WriteBackService;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ResendServiceTest extends ShippedMugAndPlateTest {

    private static final int EVERYTHING = 1000;

    @Autowired
    ResendService resends;

    @Autowired
    WriteBackService writeBack;

    @BeforeEach
    void itsShipmentConfirmedToItsMarketplace() {
        relayEveryConfirmation();
        assertThat(confirmationsOf(shipped)).hasSize(1);
    }

    @Test
    void aResendIsANewOrderOfTheSameBuyerLinkedToTheOriginalAndWaitingForAllocation() {
        // when
        Order resend = resends.resend(shipped.id(), "lost in transit", requested(mugLine, 1), "clerk");

        // then
        assertThat(resend.id()).isNotEqualTo(shipped.id());
        assertThat(resend.resendOf()).isEqualTo(shipped.id());
        assertThat(resend.isResend()).isTrue();
        assertThat(resend.platformOrderId()).isEqualTo(shipped.platformOrderId() + "-R1");
        assertThat(resend.shopId()).isEqualTo(shipped.shopId());
        assertThat(resend.status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
        assertThat(resend.shipTo()).isEqualTo(shipped.shipTo());
        assertThat(orders.lines(resend.id())).singleElement().satisfies(l -> {
            assertThat(l.platformSku()).isEqualTo(mug.sku());
            assertThat(l.quantity()).isEqualTo(1);
            assertThat(l.skuId()).isEqualTo(mugLine.skuId());
        });
        assertThat(resends.resendsOf(shipped.id())).extracting(Order::id).containsExactly(resend.id());
        assertThat(jdbc.queryForList(
                        "SELECT reason FROM oms_order_history WHERE order_id = ? ORDER BY id DESC",
                        String.class,
                        shipped.id()))
                .first()
                .isEqualTo("resent as order " + resend.platformOrderId() + ": lost in transit");

        // when a second resend is made
        Order second = resends.resend(shipped.id(), "lost again", requested(plateLine, 1), "clerk");

        // then it is numbered after the first
        assertThat(second.platformOrderId()).isEqualTo(shipped.platformOrderId() + "-R2");
    }

    @Test
    void aResendShipsWithItsOwnPackageAndParcelAndTheMarketplaceIsNotConfirmedASecondTime() {
        // given
        Order resend = resends.resend(
                shipped.id(),
                "broken on arrival",
                List.of(
                        new ReturnService.RequestedLine(mugLine.id(), 1),
                        new ReturnService.RequestedLine(plateLine.id(), 1)),
                "clerk");

        // when it goes through allocation, tracking, print, scan and ship like any order
        OrderPackage pkg = pipeline.shipped(resend);
        relayEveryConfirmation();

        // then it has a parcel of its own
        assertThat(pkg.orderId()).isEqualTo(resend.id());
        assertThat(pkg.id()).isNotEqualTo(shippedPackage.id());
        assertThat(pkg.trackingNumber()).isNotNull().isNotEqualTo(shippedPackage.trackingNumber());
        assertThat(pkg.shippedAt()).isNotNull();
        // and the marketplace heard of the original shipment once, and of the resend never
        assertThat(confirmationsOf(shipped)).hasSize(1);
        assertThat(confirmationsOf(resend)).isEmpty();
        assertThat(channel.confirmations())
                .extracting(ShipmentConfirmation::trackingNumber)
                .doesNotContain(pkg.trackingNumber());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wb_outbox WHERE order_id = ?", Long.class, resend.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM wb_outbox WHERE package_id = ?", Long.class, shippedPackage.id()))
                .isOne();
        Order resent = orders.findById(resend.id());
        assertThat(resent.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(resent.writeBackStatus()).isEqualTo(WriteBackStatus.NOT_REQUIRED);
        assertThat(orders.findById(shipped.id()).writeBackStatus()).isEqualTo(WriteBackStatus.CONFIRMED);
    }

    @Test
    void aResendNeverMergesWithAnotherOrder() {
        // given a resend and another order of the same buyer, both allocated
        Order resend = pipeline.allocated(resends.resend(shipped.id(), "lost", requested(mugLine, 1), "clerk"));
        Order other = pipeline.allocated(syncedOrder(plate));

        // when / then
        assertThatThrownBy(() -> context.getBean(MergeService.class).merge(List.of(resend.id(), other.id()), "clerk"))
                .isInstanceOfSatisfying(
                        OrderActionException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.MERGE_RESEND));
    }

    @Test
    void aBadResendIsRefusedWithEveryReasonAndCreatesNothing() {
        // when / then
        assertRefusedAsBadInput(
                () -> resends.resend(
                        shipped.id(),
                        "",
                        List.of(
                                new ReturnService.RequestedLine(mugLine.id(), 0),
                                new ReturnService.RequestedLine(987654321L, 1),
                                new ReturnService.RequestedLine(plateLine.id(), 2),
                                new ReturnService.RequestedLine(plateLine.id(), 1)),
                        "clerk"),
                ReturnRefusedException.REASON_REQUIRED,
                ReturnRefusedException.QUANTITY_NOT_POSITIVE,
                ReturnRefusedException.NOT_ORDER_LINE,
                ReturnRefusedException.MORE_THAN_SHIPPED,
                ReturnRefusedException.LINE_TWICE);
        assertThat(resends.resendsOf(shipped.id())).isEmpty();
    }

    @Test
    void onlyAShippedOriginalIsResent() {
        // given
        Order waiting = syncedOrder(mug);
        long line = orders.lines(waiting.id()).get(0).id();
        Order resend = resends.resend(shipped.id(), "lost", requested(mugLine, 1), "clerk");
        long resentLine = orders.lines(resend.id()).get(0).id();

        // when / then
        assertThatThrownBy(() -> resends.resend(
                        waiting.id(), "lost", List.of(new ReturnService.RequestedLine(line, 1)), "clerk"))
                .isInstanceOfSatisfying(ReturnRefusedException.class, e -> {
                    assertThat(e.conflict()).isTrue();
                    assertThat(e.problems().get(0).refusal().code()).isEqualTo(ReturnRefusedException.NOT_SHIPPED);
                });
        assertThatThrownBy(() -> resends.resend(
                        resend.id(), "lost", List.of(new ReturnService.RequestedLine(resentLine, 1)), "clerk"))
                .isInstanceOfSatisfying(ReturnRefusedException.class, e -> {
                    assertThat(e.conflict()).isTrue();
                    assertThat(e.problems().get(0).refusal().code()).isEqualTo(ReturnRefusedException.RESEND_OF_RESEND);
                });
        assertThatThrownBy(() -> resends.resend(987654321L, "lost", List.of(), "clerk"))
                .isInstanceOf(NoSuchElementException.class);
    }

    private void relayEveryConfirmation() {
        for (int round = 0; round < 10 && writeBack.relay().relayDue(EVERYTHING) > 0; round++) {
            // drained
        }
    }

    private List<ShipmentConfirmation> confirmationsOf(Order order) {
        return channel.confirmations().stream()
                .filter(c -> c.platformOrderId().equals(order.platformOrderId()))
                .toList();
    }
}
