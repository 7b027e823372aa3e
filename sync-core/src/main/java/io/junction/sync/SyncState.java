package io.junction.sync;

import java.time.Instant;

/**
 * How one shop's sync stands.
 *
 * @param watermark every order updated before this instant has been committed
 * @param leaseUntil a running sync holds the shop until then, renewing it while it reads pages; a
 *     crashed one lets go when it passes, or at once when its holder's node is known dead
 * @param leaseHolder the node whose run holds the shop (its Quartz scheduler instance id), if any
 * @param leaseSince when that run took the shop
 */
public record SyncState(
        long shopId,
        Instant watermark,
        Instant lastRunAt,
        Instant lastSuccessAt,
        String lastError,
        long ordersSeen,
        Instant leaseUntil,
        String leaseHolder,
        Instant leaseSince) {

    /** The claim as it stands, or null when no run holds the shop. */
    public SyncClaims.Holder holder() {
        return leaseUntil == null ? null : new SyncClaims.Holder(leaseHolder, leaseSince, leaseUntil);
    }
}
