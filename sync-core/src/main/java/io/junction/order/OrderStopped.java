package io.junction.order;

/**
 * Published in the transaction that takes an order out of the flow for good or for a person:
 * cancelled (on the platform or by a clerk) or intercepted after audit. Whatever was set in motion
 * for the order outside Junction must be undone in that same transaction; today that is its carrier
 * pre-advice ({@code io.junction.logistics.ParcelCancellationService} listens).
 *
 * @param actor who stopped it, for the history
 */
public record OrderStopped(long orderId, String actor) {}
