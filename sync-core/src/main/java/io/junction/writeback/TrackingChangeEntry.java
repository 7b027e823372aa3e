package io.junction.writeback;

import java.time.Instant;

/**
 * One change of a package's tracking number at its marketplace, as kept in {@code wb_tracking_change}.
 *
 * @param carrierCode the marketplace's carrier code, unchanged by the change
 * @param attempts how often the marketplace was asked
 * @param lastError the marketplace's refusal, or why it could not be asked, while not CONFIRMED
 */
public record TrackingChangeEntry(
        long id,
        long orderId,
        long packageId,
        String carrierCode,
        String oldTrackingNumber,
        String newTrackingNumber,
        String reason,
        TrackingChangeStatus status,
        int attempts,
        String lastError,
        String requestedBy,
        Instant requestedAt,
        Instant settledAt) {}
