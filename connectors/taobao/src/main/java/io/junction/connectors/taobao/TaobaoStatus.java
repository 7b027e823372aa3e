package io.junction.connectors.taobao;

import io.junction.channel.PlatformState;
import java.util.Optional;

/** Taobao's trade {@code status} and what each means to us, before refunds are merged in. */
public enum TaobaoStatus {
    /** No Alipay payment was created for the trade yet. */
    TRADE_NO_CREATE_PAY(PlatformState.UNPAID),
    /** Placed, waiting for the buyer to pay. */
    WAIT_BUYER_PAY(PlatformState.UNPAID),
    /** Paid by a foreign card, payment still being confirmed: funds not cleared. */
    PAY_PENDING(PlatformState.UNPAID),
    /** A zero-price contract order waiting for its pre-authorisation. */
    WAIT_PRE_AUTH_CONFIRM(PlatformState.UNPAID),
    /** Paid, waiting for the seller to ship. */
    WAIT_SELLER_SEND_GOODS(PlatformState.READY_TO_SHIP),
    /** Some lines consigned, some still to ship. */
    SELLER_CONSIGNED_PART(PlatformState.READY_TO_SHIP),
    /** Paid but shipping is forbidden (a pending refund or a risk hold): do not ship. */
    PAID_FORBID_CONSIGN(PlatformState.REFUND_REQUESTED),
    /** Consigned, waiting for the buyer to confirm receipt. */
    WAIT_BUYER_CONFIRM_GOODS(PlatformState.SHIPPED),
    /** The buyer signed for the goods (cash-on-delivery trades). */
    TRADE_BUYER_SIGNED(PlatformState.SHIPPED),
    /** Received and settled. */
    TRADE_FINISHED(PlatformState.SHIPPED),
    /** Closed after payment: fully refunded. */
    TRADE_CLOSED(PlatformState.CANCELLED),
    /** Closed before payment, by the buyer, the seller or Taobao. */
    TRADE_CLOSED_BY_TAOBAO(PlatformState.CANCELLED);

    private final PlatformState state;

    TaobaoStatus(PlatformState state) {
        this.state = state;
    }

    public PlatformState state() {
        return state;
    }

    /** The status named {@code value}, or empty when Taobao sends one we do not know. */
    public static Optional<TaobaoStatus> of(String value) {
        for (TaobaoStatus status : values()) {
            if (status.name().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
