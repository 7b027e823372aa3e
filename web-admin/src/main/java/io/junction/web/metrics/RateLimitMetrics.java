package io.junction.web.metrics;

import io.junction.ratelimit.QuotaKey;
import io.junction.ratelimit.QuotaObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The rate limits as an operator watches them: {@code junction.ratelimit.wait}, how long each call waited
 * for its turn in the shared bucket, and {@code junction.ratelimit.refused}, the calls refused unsent
 * because their turn was further off than the wait allowed; both tagged {@code platform} and
 * {@code operation}. Never the seller account: it would make a series per shop and credentials.
 */
@Component
public class RateLimitMetrics implements QuotaObserver {

    private final MeterRegistry registry;

    public RateLimitMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void granted(QuotaKey key, Duration waited) {
        Timer.builder("junction.ratelimit.wait")
                .description("how long a platform call waited for its turn under the rate limit")
                .tags(tags(key))
                .register(registry)
                .record(waited);
    }

    @Override
    public void refused(QuotaKey key, Duration waited) {
        Counter.builder("junction.ratelimit.refused")
                .description("platform calls refused unsent: their turn under the rate limit was too far off")
                .tags(tags(key))
                .register(registry)
                .increment();
    }

    private static Tags tags(QuotaKey key) {
        return Tags.of("platform", key.platform(), "operation", key.operation());
    }
}
