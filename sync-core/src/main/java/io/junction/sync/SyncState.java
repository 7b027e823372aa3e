package io.junction.sync;

import java.time.Instant;

/**
 * How one shop's sync stands.
 *
 * @param watermark every order updated before this instant has been committed
 * @param leaseUntil a running sync holds the shop until then; a crashed one lets go when it passes
 */
public record SyncState(
        long shopId,
        Instant watermark,
        Instant lastRunAt,
        Instant lastSuccessAt,
        String lastError,
        long ordersSeen,
        Instant leaseUntil) {}
