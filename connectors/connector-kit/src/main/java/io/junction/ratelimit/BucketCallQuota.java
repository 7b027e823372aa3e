package io.junction.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.junction.channel.ChannelException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What every Bucket4j-backed quota shares: a usage plan as a greedy-refill bandwidth (1% below the
 * plan's rate, see {@link #HEADROOM}), a bounded
 * blocking acquire (Bucket4j reserves the call, then the caller pauses until its turn), and
 * rate adjustments that replace the stored configuration only when the announced plan changed.
 */
abstract class BucketCallQuota implements CallQuota {

    /**
     * Our bucket refills this much slower than the plan. The platform takes a call a little after we
     * grant it (latency, which varies); with exactly the platform's rate, a request that travels
     * faster than the one before it can arrive a moment before the platform's token, and get a 429.
     */
    static final double HEADROOM = 0.01;

    private final Clock clock;
    private final Duration maxWait;
    private final CallQuota.Pause pause;
    private final Map<String, UsagePlan> announced = new ConcurrentHashMap<>();

    BucketCallQuota(Clock clock, Duration maxWait, CallQuota.Pause pause) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
        this.pause = Objects.requireNonNull(pause, "pause");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative: " + maxWait);
        }
    }

    /** The bucket stored under {@code id}; {@code configuration} seeds it when it does not exist yet. */
    abstract Bucket bucket(String id, Supplier<BucketConfiguration> configuration);

    /** The configuration stored under {@code id}, if the bucket exists. */
    abstract Optional<BucketConfiguration> storedConfiguration(String id);

    @Override
    public void acquire(QuotaKey key, UsagePlan plan) {
        Objects.requireNonNull(plan, "plan");
        Bucket bucket = bucket(key.bucketId(), () -> configuration(plan));
        boolean granted;
        try {
            granted = maxWait.isZero()
                    ? bucket.tryConsume(1)
                    : bucket.asBlocking()
                            .tryConsume(1, maxWait.toNanos(), nanos -> pause.pause(Duration.ofNanos(nanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE, "interrupted while waiting for the rate limit of " + key, e);
        }
        if (!granted) {
            long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            throw new QuotaExhaustedException(key, plan, Duration.ofNanos(nanos), maxWait);
        }
    }

    @Override
    public void adjust(QuotaKey key, UsagePlan plan) {
        Objects.requireNonNull(plan, "plan");
        String id = key.bucketId();
        if (plan.equals(announced.get(id))) {
            return;
        }
        BucketConfiguration wanted = configuration(plan);
        if (!storedConfiguration(id).map(stored -> samePlan(stored, plan)).orElse(false)) {
            // AS_IS: the tokens left stay (capped by the new burst); only the refill changes.
            bucket(id, () -> wanted).replaceConfiguration(wanted, TokensInheritanceStrategy.AS_IS);
        }
        announced.put(id, plan);
    }

    /** The plan as Bucket4j's bandwidth: {@code burst} tokens, refilled greedily at the plan's rate. */
    static BucketConfiguration configuration(UsagePlan plan) {
        // burst tokens every burst/rate seconds is rate tokens a second, without rounding 1/rate.
        Duration period = Duration.ofNanos(Math.round(plan.burst() * 1e9 / effectiveRate(plan)));
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(plan.burst())
                        .refillGreedy(plan.burst(), period)
                        .build())
                .build();
    }

    /** True when {@code stored} already enforces {@code plan} (the rate compared to a part in a million). */
    static boolean samePlan(BucketConfiguration stored, UsagePlan plan) {
        if (stored.getBandwidths().length != 1) {
            return false;
        }
        Bandwidth bandwidth = stored.getBandwidths()[0];
        double rate = bandwidth.getRefillTokens() * 1e9 / bandwidth.getRefillPeriodNanos();
        return bandwidth.getCapacity() == plan.burst()
                && Math.abs(rate - effectiveRate(plan)) <= plan.ratePerSecond() * 1e-6;
    }

    /** The rate our bucket refills at: the plan's, less the {@link #HEADROOM}. */
    static double effectiveRate(UsagePlan plan) {
        return plan.ratePerSecond() * (1 - HEADROOM);
    }

    /** Bucket4j's time, read from the injected clock so that tests can move or scale it. */
    TimeMeter timeMeter() {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
