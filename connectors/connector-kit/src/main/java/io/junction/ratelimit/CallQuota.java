package io.junction.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The calls a seller account may make to a platform, per operation, across every node. A connector's
 * client {@linkplain #acquire acquires} before each HTTP attempt (retries included) and
 * {@linkplain #adjust adjusts} when the platform announces its rate.
 */
public interface CallQuota {

    /**
     * Takes one call from {@code key}'s bucket, created on {@code plan} if it does not exist yet;
     * waits for it when the bucket is empty, up to the implementation's bounded wait.
     *
     * @throws QuotaExhaustedException (THROTTLED) when the call would have to wait longer; nothing
     *     is taken and the caller must not send
     */
    void acquire(QuotaKey key, UsagePlan plan);

    /**
     * The platform announced {@code plan} for {@code key} (Amazon's {@code x-amzn-RateLimit-Limit}):
     * every node's later calls follow it. Cheap when nothing changed.
     */
    void adjust(QuotaKey key, UsagePlan plan);

    /** This quota, telling {@code observer} how long each call waited and which were refused unsent. */
    default CallQuota observedBy(QuotaObserver observer) {
        return new ObservedCallQuota(this, observer, System::nanoTime);
    }

    /** A quota that never waits and never refuses. For tests only: production shares a bucket. */
    static CallQuota unlimited() {
        return Unlimited.INSTANCE;
    }

    /** See {@link CallQuota#unlimited()}. */
    enum Unlimited implements CallQuota {
        INSTANCE;

        @Override
        public void acquire(QuotaKey key, UsagePlan plan) {}

        @Override
        public void adjust(QuotaKey key, UsagePlan plan) {}
    }

    /**
     * How a caller waits for its reserved turn, in the clock's time. Production sleeps; a test whose
     * clock runs faster than real time divides the pause by the same factor.
     */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;

        /**
         * Sleeps the current thread at least {@code duration}: {@code Thread.sleep} may drop the
         * sub-millisecond part, and a call sent a moment before its turn is a 429.
         */
        static Pause sleeping() {
            return duration -> sleepAtLeast(duration.toNanos());
        }

        /** Sleeps at least {@code nanos} of real time. */
        static void sleepAtLeast(long nanos) throws InterruptedException {
            long deadline = System.nanoTime() + nanos;
            for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
                TimeUnit.MILLISECONDS.sleep(Math.max(1, (left + 999_999) / 1_000_000));
            }
        }
    }
}
