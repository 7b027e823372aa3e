package io.junction.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * "Replace the tracking number declared for this package." Junction keeps the history that a
 * marketplace's limits need: when the package was first confirmed and how many changes the
 * marketplace has accepted since.
 *
 * @param oldCarrierCode the marketplace's carrier code declared so far
 * @param newCarrierCode the carrier code to declare instead (may equal the old one)
 * @param wholeOrder whether the package carried every line of the order in full
 * @param firstDeclaredAt when the shipment was first confirmed to the marketplace
 * @param changesSoFar how many changes the marketplace has accepted for this package
 */
public record TrackingChange(
        String platformOrderId,
        long packageReference,
        String oldCarrierCode,
        String oldTrackingNumber,
        String newCarrierCode,
        String newTrackingNumber,
        boolean wholeOrder,
        Instant firstDeclaredAt,
        int changesSoFar) {

    public TrackingChange {
        Objects.requireNonNull(platformOrderId, "platformOrderId");
        Objects.requireNonNull(oldTrackingNumber, "oldTrackingNumber");
        Objects.requireNonNull(newTrackingNumber, "newTrackingNumber");
        Objects.requireNonNull(firstDeclaredAt, "firstDeclaredAt");
    }
}
