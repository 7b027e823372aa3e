package io.junction.logistics;

import java.time.Instant;

/**
 * A package's parcel cancellation as the queue shows it to a person: the order, package and carrier, where it
 * stands, and the carrier's last reason.
 *
 * @param lastError the carrier's refusal, or why no answer came, at the last attempt
 * @param retriedBy who last put it back in the queue, null if nobody did
 */
public record FailedCancellation(
        long id,
        long orderId,
        long shopId,
        String platform,
        String platformOrderId,
        long packageId,
        String packageNo,
        String carrier,
        String trackingNumber,
        CancellationStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant settledAt,
        String retriedBy,
        Instant retriedAt) {}
