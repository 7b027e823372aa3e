package io.junction.quarantine;

import java.time.Instant;

/**
 * An order payload that could not be read: kept whole, with the reason, never dropped.
 *
 * @param attempts how often a person retried it
 * @param outcome what the last retry found, or how it was settled
 * @param orderId the order it became, once {@link QuarantineStatus#RESOLVED}
 */
public record QuarantinedOrder(
        long id,
        long shopId,
        String platformOrderId,
        String reason,
        String rawPayload,
        Instant receivedAt,
        QuarantineStatus status,
        int attempts,
        Instant lastAttemptAt,
        String outcome,
        Long orderId,
        String settledBy,
        Instant settledAt) {}
