package io.junction.web.order;

import io.junction.channel.Address;
import io.junction.logistics.TrackingStatus;
import io.junction.order.LocalEdit;
import io.junction.order.OrderHistoryEntry;
import io.junction.order.PreAdviceStatus;
import io.junction.writeback.TrackingChangeEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One order with everything a person needs to act on it: lines, packages, tracking, history, and the
 * tracking-number changes made after the marketplace confirmed a shipment.
 *
 * @param trackingChangeable whether the order's marketplace lets a confirmed tracking number change
 * @param localEdits the ship-to fields edited here, each flagged when the platform changed it since
 * @param editable whether the ship-to may be edited now (before any parcel is requested)
 * @param quantitiesEditable whether line quantities may be edited now (before stock is reserved)
 * @param splittable whether the order may be split into packages now (allocated, no parcel requested)
 */
public record OrderDetail(
        OrderView order,
        Address shipTo,
        String logisticsMethod,
        List<Line> lines,
        List<Package> packages,
        List<OrderHistoryEntry> history,
        List<TrackingChangeEntry> trackingChanges,
        boolean trackingChangeable,
        List<LocalEdit> localEdits,
        boolean editable,
        boolean quantitiesEditable,
        boolean splittable) {

    /** Whether a platform change of an edited field waits for a person. */
    public boolean platformChangeFlagged() {
        return localEdits.stream().anyMatch(LocalEdit::platformChanged);
    }

    /** An order line and the warehouse SKU it is paired with (null while unpaired). */
    public record Line(
            long id,
            String platformLineId,
            String platformSku,
            String warehouseSku,
            String title,
            int quantity,
            BigDecimal unitPrice,
            boolean reserved) {}

    /**
     * A package with its carrier state. A package that is no longer {@code active} was taken out of a
     * stopped order's flow: its {@code cancellation*} fields say what became of its carrier parcel
     * (null when none had to be cancelled).
     *
     * @param cancellationStatus PENDING, CANCELLED, REFUSED or FAILED
     * @param cancellationError the carrier's reason for refusing, or the last failure
     * @param cancelledTrackingNumber the tracking number of the parcel being or already cancelled
     * @param contents what the package holds, warehouse SKU by SKU, as "SKU×2"
     * @param trackingStatus where the shipped parcel is, as its carrier last said (null before the first answer)
     * @param trackingStatusSince when the parcel entered {@code trackingStatus}
     * @param trackingEvents the carrier's events, oldest first, each with its own text
     */
    public record Package(
            long id,
            String packageNo,
            PreAdviceStatus preadviceStatus,
            String preadviceError,
            String trackingNumber,
            String carrierWaybill,
            int weightGrams,
            int printCount,
            Instant shippedAt,
            String writeBackStatus,
            String writeBackError,
            boolean active,
            String cancellationStatus,
            String cancellationError,
            String cancelledTrackingNumber,
            List<String> contents,
            TrackingStatus trackingStatus,
            Instant trackingStatusSince,
            List<TrackingStep> trackingEvents) {}

    /**
     * One event of a parcel's journey.
     *
     * @param status the carrier's status or text normalised
     * @param description the carrier's own text, unchanged
     * @param location where, in the carrier's words (null when it gave none)
     */
    public record TrackingStep(Instant time, TrackingStatus status, String description, String location) {}
}
