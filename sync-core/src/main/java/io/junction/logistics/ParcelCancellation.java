package io.junction.logistics;

import io.junction.outbox.OutboxRow;
import java.time.Instant;

/**
 * One package's carrier parcel to cancel, written in the transaction that stopped its order.
 *
 * @param trackingNumber the parcel's tracking number as known when the cancellation was decided (or
 *     found by lookup); kept here because the package forgets it once the parcel is cancelled
 * @param carrierWaybill likewise, the carrier's waybill number
 */
public record ParcelCancellation(
        long id,
        long orderId,
        long packageId,
        CancellationStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String trackingNumber,
        String carrierWaybill,
        Instant createdAt,
        Instant settledAt)
        implements OutboxRow {}
