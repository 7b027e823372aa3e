package io.junction.handover;

import java.time.Instant;

/** A hand-over batch: one carrier's parcels, scanned before its driver takes them. */
public record Handover(
        long id,
        String carrier,
        HandoverStatus status,
        String openedBy,
        Instant openedAt,
        String closedBy,
        Instant closedAt,
        int version) {}
