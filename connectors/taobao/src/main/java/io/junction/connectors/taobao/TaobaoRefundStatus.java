package io.junction.connectors.taobao;

import io.junction.channel.PlatformState;
import java.util.List;
import java.util.Optional;

/**
 * Taobao's per-line {@code orders.order[].refund_status}, and how the lines' refunds change what a
 * trade means to us ({@link #merge}).
 */
public enum TaobaoRefundStatus {
    /** No refund was ever asked for this line. */
    NO_REFUND(false),
    /** The buyer asked for a refund; the seller has not answered: do not ship. */
    WAIT_SELLER_AGREE(true),
    /** The seller agreed to a return; the buyer has to send the goods back. */
    WAIT_BUYER_RETURN_GOODS(true),
    /** The buyer sent the goods back; the seller has to confirm receipt. */
    WAIT_SELLER_CONFIRM_GOODS(true),
    /** The seller refused the refund: the line is to be shipped as before. */
    SELLER_REFUSE_BUYER(false),
    /** The refund was withdrawn or closed without refunding: the line is to be shipped as before. */
    CLOSED(false),
    /** The line was refunded. */
    SUCCESS(false);

    private final boolean open;

    TaobaoRefundStatus(boolean open) {
        this.open = open;
    }

    /** A refund the seller has not settled: the line must not be shipped while it is open. */
    public boolean open() {
        return open;
    }

    /** The refund status named {@code value}; an absent value means no refund. Empty when unknown. */
    public static Optional<TaobaoRefundStatus> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NO_REFUND);
        }
        for (TaobaoRefundStatus status : values()) {
            if (status.name().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /**
     * What a trade means once its lines' refunds are merged in: a closed trade, or one whose every
     * line was refunded, is cancelled; a trade still to ship with an open refund on any line must
     * not be shipped. A trade already shipped stays shipped (its return is the after-sales desk's
     * business, not the shipping pipeline's). Refused and closed refunds do not block.
     */
    public static PlatformState merge(TaobaoStatus trade, List<TaobaoRefundStatus> lines) {
        PlatformState state = trade.state();
        if (state == PlatformState.CANCELLED || state == PlatformState.SHIPPED || state == PlatformState.UNPAID) {
            return state;
        }
        if (!lines.isEmpty() && lines.stream().allMatch(r -> r == SUCCESS)) {
            return PlatformState.CANCELLED;
        }
        if (lines.stream().anyMatch(TaobaoRefundStatus::open)) {
            return PlatformState.REFUND_REQUESTED;
        }
        return state;
    }
}
