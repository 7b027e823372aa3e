package io.junction.scanout;

/**
 * A parcel's weight was measured at the station and stored (published in the transaction that stores
 * it). This is where a carrier that takes a weight update hears of it
 * ({@link io.junction.logistics.WeightUpdateService} queues it for the carrier in that transaction).
 */
public record PackageWeighed(long packageId, long orderId, int grams) {}
