package io.junction.connectors.amazon;

import io.junction.channel.PlatformState;
import java.util.Optional;

/** Amazon's {@code fulfillmentStatus} (Orders API 2026-01-01) and what each means to us. */
public enum AmazonStatus {
    /** A pre-order whose payment is not yet authorised. */
    PENDING_AVAILABILITY(PlatformState.UNPAID),
    /** Placed, payment not yet authorised: not ready to ship. */
    PENDING(PlatformState.UNPAID),
    /** Paid and waiting for the seller to ship; nothing shipped yet. */
    UNSHIPPED(PlatformState.READY_TO_SHIP),
    /** Some items shipped, some still to ship. */
    PARTIALLY_SHIPPED(PlatformState.READY_TO_SHIP),
    /** Every item shipped. */
    SHIPPED(PlatformState.SHIPPED),
    /** Cancelled; will not be fulfilled. */
    CANCELLED(PlatformState.CANCELLED),
    /** Cannot be fulfilled (Amazon-fulfilled orders from outside the retail site). */
    UNFULFILLABLE(PlatformState.CANCELLED);

    private final PlatformState state;

    AmazonStatus(PlatformState state) {
        this.state = state;
    }

    public PlatformState state() {
        return state;
    }

    /** The status named {@code value}, or empty when Amazon sends one we do not know. */
    public static Optional<AmazonStatus> of(String value) {
        for (AmazonStatus status : values()) {
            if (status.name().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
