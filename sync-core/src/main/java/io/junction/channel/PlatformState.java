package io.junction.channel;

/** What a platform's own order status means for our pipeline; each connector maps onto this. */
public enum PlatformState {
    /** Placed but not paid (or funds not yet cleared): kept, not released to review. */
    UNPAID,
    /** Paid and waiting for the seller to ship. */
    READY_TO_SHIP,
    /** Shipped, or shipping confirmed, on the platform. */
    SHIPPED,
    /** Cancelled or fully refunded on the platform. */
    CANCELLED
}
