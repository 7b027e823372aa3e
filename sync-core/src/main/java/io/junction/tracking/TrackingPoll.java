package io.junction.tracking;

import io.junction.logistics.TrackingStatus;
import io.junction.outbox.OutboxRow;
import java.time.Instant;

/**
 * One shipped package's tracking: the poll's outbox row and what the carrier said so far.
 *
 * @param attempts polls made so far (the relay's guard: every settlement counts one)
 * @param failures polls in a row the carrier did not answer (the back-off's count)
 * @param trackingStatus the parcel's normalised status, null until the carrier first answered
 * @param statusSince when the parcel entered {@code trackingStatus} (the carrier's event time)
 * @param firstScanAt the carrier's first scan of the parcel (null while it has only the pre-advice)
 */
public record TrackingPoll(
        long id,
        long orderId,
        long packageId,
        PollStatus status,
        int attempts,
        int failures,
        Instant nextAttemptAt,
        String lastError,
        TrackingStatus trackingStatus,
        Instant statusSince,
        Instant firstScanAt,
        Instant lastPolledAt,
        Instant shippedAt)
        implements OutboxRow {}
