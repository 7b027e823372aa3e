package io.junction.logistics;

import io.junction.outbox.OutboxRow;
import java.time.Instant;

/**
 * A package's measured weight to send to its carrier, written in the transaction that stored the weight.
 *
 * @param weightGrams the latest weight measured: a new weighing replaces it and puts the row back to PENDING
 */
public record WeightUpdate(
        long id,
        long orderId,
        long packageId,
        int weightGrams,
        WeightUpdateStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant settledAt)
        implements OutboxRow {}
