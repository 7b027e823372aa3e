package io.junction.connectors.aliexpress;

import java.time.Instant;
import java.util.Objects;

/**
 * "Replace the tracking number declared for this order." The caller keeps the history the limits
 * need: when the shipment was first declared and how often it was modified since.
 *
 * @param oldServiceName the logistics service key declared so far
 * @param newServiceName the service key to declare instead (may equal the old one)
 * @param wholeOrder whether the declaration covered the whole order ({@code send_type all})
 * @param firstDeclaredAt when the shipment was first declared to AliExpress
 * @param editsSoFar how many modifications AliExpress has accepted for this shipment
 */
public record ShipmentModification(
        String platformOrderId,
        String oldServiceName,
        String oldTrackingNumber,
        String newServiceName,
        String newTrackingNumber,
        boolean wholeOrder,
        Instant firstDeclaredAt,
        int editsSoFar) {

    public ShipmentModification {
        Objects.requireNonNull(platformOrderId, "platformOrderId");
        Objects.requireNonNull(oldTrackingNumber, "oldTrackingNumber");
        Objects.requireNonNull(newTrackingNumber, "newTrackingNumber");
        Objects.requireNonNull(firstDeclaredAt, "firstDeclaredAt");
    }
}
