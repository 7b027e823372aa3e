package io.junction.scanout;

import java.time.Instant;

/**
 * A package was scanned out and shipped (published in the transaction that ships it): what follows the
 * parcel after it leaves (the carrier tracking poll) starts here.
 */
public record PackageShipped(long packageId, long orderId, Instant shippedAt) {}
