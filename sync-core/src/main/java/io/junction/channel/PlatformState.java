package io.junction.channel;

/** What a platform's own order status means for our pipeline; each connector maps onto this. */
public enum PlatformState {
    /** Placed but not paid (or funds not yet cleared): kept, not released to review. */
    UNPAID,
    /** Paid and waiting for the seller to ship. */
    READY_TO_SHIP,
    /**
     * Paid, but the buyer asked for a refund or a cancellation the seller has not settled yet (Taobao
     * refund_status WAIT_SELLER_AGREE, AliExpress IN_CANCEL or IN_ISSUE, …): do not ship.
     */
    REFUND_REQUESTED,
    /** Shipped, or shipping confirmed, on the platform. */
    SHIPPED,
    /** Cancelled or fully refunded on the platform. */
    CANCELLED
}
