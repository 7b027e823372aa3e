package io.junction.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The same buckets as {@link DatabaseCallQuota}, held in this JVM. For tests and for tools that run
 * alone: several nodes must never use it, since each would allow the whole plan.
 */
public class InMemoryCallQuota extends BucketCallQuota {

    private final Map<String, LocalBucket> buckets = new ConcurrentHashMap<>();

    public InMemoryCallQuota(Clock clock, Duration maxWait) {
        this(clock, maxWait, CallQuota.Pause.sleeping());
    }

    public InMemoryCallQuota(Clock clock, Duration maxWait, CallQuota.Pause pause) {
        super(clock, maxWait, pause);
    }

    @Override
    Bucket bucket(String id, Supplier<BucketConfiguration> configuration) {
        return buckets.computeIfAbsent(
                id,
                k -> Bucket.builder()
                        .addLimit(configuration.get().getBandwidths()[0])
                        .withCustomTimePrecision(timeMeter())
                        .build());
    }

    @Override
    Optional<BucketConfiguration> storedConfiguration(String id) {
        return Optional.ofNullable(buckets.get(id)).map(LocalBucket::getConfiguration);
    }
}
