package io.junction.sync;

import java.time.Instant;

/**
 * How one shop's sync is doing, as the sync-health view shows it.
 *
 * @param watermark every order updated before this instant has been committed; null before the first success
 * @param lastError why the runs since the last success failed; null once a run succeeds
 * @param lastFailureAt when a run last failed, kept after a success
 * @param throttled whether that failure was the platform's rate limit (reset by a success)
 * @param runningOn the node whose run holds the shop, while one does
 * @param runningSince when that run took the shop
 * @param leaseUntil until when its lease runs unless renewed
 */
public record SyncHealth(
        long shopId,
        Instant watermark,
        Instant lastRunAt,
        Instant lastSuccessAt,
        Instant lastFailureAt,
        String lastError,
        boolean throttled,
        long ordersSeen,
        String runningOn,
        Instant runningSince,
        Instant leaseUntil) {

    /** A shop that has never run. */
    public static SyncHealth never(long shopId) {
        return new SyncHealth(shopId, null, null, null, null, null, false, 0, null, null, null);
    }
}
