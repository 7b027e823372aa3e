package io.junction.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A quota that tells a {@link QuotaObserver} how each acquire went: the time it took (the wait for the
 * turn, with the bucket's own round trip) and whether the call was granted or refused unsent.
 */
final class ObservedCallQuota implements CallQuota {

    private final CallQuota quota;
    private final QuotaObserver observer;
    private final LongSupplier nanoTime;

    /** @param nanoTime a monotonic time in nanoseconds, to measure waits ({@code System::nanoTime}) */
    ObservedCallQuota(CallQuota quota, QuotaObserver observer, LongSupplier nanoTime) {
        this.quota = Objects.requireNonNull(quota, "quota");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public void acquire(QuotaKey key, UsagePlan plan) {
        long start = nanoTime.getAsLong();
        try {
            quota.acquire(key, plan);
        } catch (QuotaExhaustedException e) {
            observer.refused(key, Duration.ofNanos(nanoTime.getAsLong() - start));
            throw e;
        }
        observer.granted(key, Duration.ofNanos(nanoTime.getAsLong() - start));
    }

    @Override
    public void adjust(QuotaKey key, UsagePlan plan) {
        quota.adjust(key, plan);
    }
}
