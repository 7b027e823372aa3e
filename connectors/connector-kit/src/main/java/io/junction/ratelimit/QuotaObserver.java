package io.junction.ratelimit;

import java.time.Duration;

/**
 * What the callers of a {@link CallQuota} went through, for an operator's metrics: how long each call
 * waited for its turn, and which calls were refused unsent. See {@link CallQuota#observedBy}.
 */
public interface QuotaObserver {

    /** A call got its turn after {@code waited} (about zero when the bucket had a call to spare). */
    void granted(QuotaKey key, Duration waited);

    /** A call was refused unsent ({@link QuotaExhaustedException}) after {@code waited}. */
    void refused(QuotaKey key, Duration waited);
}
