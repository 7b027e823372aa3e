package io.junction.writeback;

import io.junction.outbox.OutboxRow;
import java.time.Instant;

/** One package's shipment confirmation waiting for, or done with, the marketplace. */
public record OutboxEntry(
        long id,
        long orderId,
        long packageId,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant confirmedAt)
        implements OutboxRow {}
