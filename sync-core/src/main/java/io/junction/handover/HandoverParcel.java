package io.junction.handover;

import java.time.Instant;

/**
 * A shipped parcel as the hand-over sees it.
 *
 * @param handoverId its batch; null while it is in none
 * @param scannedAt when it was scanned into its batch; null while it is in none
 */
public record HandoverParcel(
        long packageId,
        long orderId,
        String platformOrderId,
        String packageNo,
        String trackingNumber,
        String carrier,
        int weightGrams,
        Instant shippedAt,
        Long handoverId,
        Instant scannedAt) {}
