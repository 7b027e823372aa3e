package io.junction.connectors.jd;

import io.junction.channel.PlatformState;
import java.util.Optional;

/** JD's {@code order_state} and what each means to us. */
public enum JdStatus {
    /**
     * Placed, not paid yet. UNCONFIRMED: JD's published list has no unpaid state for POP sellers;
     * this name is what the simulator serves for orders placed before payment.
     */
    WAIT_PAY(PlatformState.UNPAID),
    /** Paid, waiting for the seller to ship ("等待出库"): the only state in which to ship. */
    WAIT_SELLER_STOCK_OUT(PlatformState.READY_TO_SHIP),
    /**
     * Overseas-purchase orders after the seller's stock-out, waiting for domestic delivery ("等待发货"
     * under "等待境内发货"). The seller's shipment was already written back, and JD refuses another
     * {@code jingdong.pop.order.shipment} here, so it counts as shipped.
     */
    WAIT_SELLER_DELIVERY(PlatformState.SHIPPED),
    /** Shipped, waiting for the buyer to confirm receipt ("等待确认收货"). */
    WAIT_GOODS_RECEIVE_CONFIRM(PlatformState.SHIPPED),
    /** Completed ("完成"). */
    FINISHED_L(PlatformState.SHIPPED),
    /** Cancelled ("取消"), including cancellations refunded after payment. */
    TRADE_CANCELED(PlatformState.CANCELLED),
    /** Locked ("已锁定"): the buyer asked to cancel or refund and JD holds the order; do not ship. */
    LOCKED(PlatformState.REFUND_REQUESTED),
    /** Paused ("暂停"): held by JD, for example while a cancellation is reviewed; do not ship. */
    PAUSE(PlatformState.REFUND_REQUESTED),
    /** A POP order paused by JD ("pop暂停"); do not ship. */
    POP_ORDER_PAUSE(PlatformState.REFUND_REQUESTED);

    private final PlatformState state;

    JdStatus(PlatformState state) {
        this.state = state;
    }

    public PlatformState state() {
        return state;
    }

    /** The status named {@code value}, or empty when JD sends one we do not know. */
    public static Optional<JdStatus> of(String value) {
        for (JdStatus status : values()) {
            if (status.name().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
