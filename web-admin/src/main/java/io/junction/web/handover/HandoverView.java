package io.junction.web.handover;

import io.junction.handover.HandoverBatch;
import io.junction.handover.HandoverParcel;
import io.junction.handover.HandoverStatus;
import java.time.Instant;
import java.util.List;

/**
 * A hand-over batch as the API answers it.
 *
 * @param count parcels scanned in
 * @param due parcels scanned in and those of the carrier shipped lately still in no batch
 */
public record HandoverView(
        long id,
        String carrier,
        HandoverStatus status,
        String openedBy,
        Instant openedAt,
        String closedBy,
        Instant closedAt,
        int count,
        int due,
        int totalWeightGrams,
        List<Parcel> parcels) {

    /** One parcel of the batch. */
    public record Parcel(
            long packageId,
            long orderId,
            String platformOrderId,
            String packageNo,
            String trackingNumber,
            int weightGrams,
            Instant scannedAt) {

        static Parcel of(HandoverParcel p) {
            return new Parcel(
                    p.packageId(),
                    p.orderId(),
                    p.platformOrderId(),
                    p.packageNo(),
                    p.trackingNumber(),
                    p.weightGrams(),
                    p.scannedAt());
        }
    }

    static HandoverView of(HandoverBatch batch) {
        var h = batch.handover();
        return new HandoverView(
                h.id(),
                h.carrier(),
                h.status(),
                h.openedBy(),
                h.openedAt(),
                h.closedBy(),
                h.closedAt(),
                batch.count(),
                batch.due(),
                batch.totalWeightGrams(),
                batch.parcels().stream().map(Parcel::of).toList());
    }
}
