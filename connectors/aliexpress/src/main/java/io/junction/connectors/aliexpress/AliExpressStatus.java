package io.junction.connectors.aliexpress;

import io.junction.channel.PlatformState;
import java.util.Optional;

/**
 * AliExpress's {@code order_status} and what each means to us. The status alone is not enough:
 * {@link #state(String, String, String, String)} also reads {@code fund_status} (funds are checked
 * up to 24 h after payment: nothing ships before {@code PAY_SUCCESS}), {@code issue_status} and
 * {@code frozen_status}, and {@code logistics_status} to tell a finished delivery from a closed order.
 */
public enum AliExpressStatus {
    /** Placed, not paid. */
    PLACE_ORDER_SUCCESS(PlatformState.UNPAID),
    /** Paid, the buyer asked to cancel and the seller has not answered: do not ship. */
    IN_CANCEL(PlatformState.REFUND_REQUESTED),
    /** Paid, waiting for the seller to ship (if the funds have cleared). */
    WAIT_SELLER_SEND_GOODS(PlatformState.READY_TO_SHIP),
    /** Some packages declared, more to ship. */
    SELLER_PART_SEND_GOODS(PlatformState.READY_TO_SHIP),
    /** Everything declared shipped; waiting for the buyer to confirm receipt. */
    WAIT_BUYER_ACCEPT_GOODS(PlatformState.SHIPPED),
    /** Received; the platform is settling the money. */
    FUND_PROCESSING(PlatformState.SHIPPED),
    /** A buyer dispute (refund or return) is open. */
    IN_ISSUE(PlatformState.REFUND_REQUESTED),
    /** The order is frozen by the platform during a dispute. */
    IN_FROZEN(PlatformState.REFUND_REQUESTED),
    /** The seller must confirm a payment (e.g. a bank transfer) first. */
    WAIT_SELLER_EXAMINE_MONEY(PlatformState.UNPAID),
    /** Payment under the platform's 24-hour risk check. */
    RISK_CONTROL(PlatformState.UNPAID),
    /** Closed: delivered and settled, or cancelled/refunded before anything shipped. */
    FINISH(PlatformState.SHIPPED);

    /** The only {@code fund_status} that releases an order to be shipped. */
    static final String PAY_SUCCESS = "PAY_SUCCESS";

    private final PlatformState state;

    AliExpressStatus(PlatformState state) {
        this.state = state;
    }

    /** What the status means on its own, without the fund, dispute and logistics fields. */
    public PlatformState state() {
        return state;
    }

    /**
     * What the order means to us: an open issue or freeze stops shipping, uncleared funds keep a
     * "to ship" order unpaid, and a finished order that never shipped was cancelled or refunded.
     */
    public PlatformState state(String fundStatus, String issueStatus, String frozenStatus, String logisticsStatus) {
        if (this == FINISH) {
            return logisticsStatus == null
                            || "NO_LOGISTICS".equals(logisticsStatus)
                            || "WAIT_SELLER_SEND_GOODS".equals(logisticsStatus)
                    ? PlatformState.CANCELLED
                    : PlatformState.SHIPPED;
        }
        if (state == PlatformState.READY_TO_SHIP) {
            if ("IN_ISSUE".equals(issueStatus) || "IN_FROZEN".equals(frozenStatus)) {
                return PlatformState.REFUND_REQUESTED;
            }
            if (!PAY_SUCCESS.equals(fundStatus)) {
                return PlatformState.UNPAID;
            }
        }
        return state;
    }

    /** The status named {@code value}, or empty when AliExpress sends one we do not know. */
    public static Optional<AliExpressStatus> of(String value) {
        for (AliExpressStatus status : values()) {
            if (status.name().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
