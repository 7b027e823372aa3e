package io.junction.order;

/** Where the marketplace's shipment confirmation of a shipped order stands. */
public enum WriteBackStatus {
    /** Shipped here; the confirmation waits in the outbox. */
    PENDING,
    /** The marketplace accepted the confirmation of every package. */
    CONFIRMED,
    /** The marketplace refused, or kept failing; a person must look. */
    FAILED,
    /** A resend (补发): the marketplace heard of the original order's shipment, so nothing is confirmed for it. */
    NOT_REQUIRED
}
