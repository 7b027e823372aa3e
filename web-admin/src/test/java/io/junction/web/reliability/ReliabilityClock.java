package io.junction.web.reliability;

import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.InMemoryCallQuota;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the reliability tests move by hand, shared by the whole application and the demo
 * simulators (which DemoConfiguration creates from the Clock bean), so that late indexing, token
 * buckets and data delays all run on the same simulated time.
 */
public final class ReliabilityClock extends Clock {

    private volatile Instant now;

    ReliabilityClock(Instant start) {
        this.now = start.truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the reliability clock is UTC only");
    }

    @Override
    public Instant instant() {
        return now;
    }

    public synchronized Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward here; use at(...) to back-date one change");
        }
        now = now.plus(by);
        return now;
    }

    /** Runs {@code change} as if it happened at {@code at} (in the past), then comes back to now. */
    public synchronized void at(Instant at, Runnable change) {
        Instant present = now;
        if (at.isAfter(present)) {
            throw new IllegalArgumentException("not in the past: " + at);
        }
        now = at;
        try {
            change.run();
        } finally {
            now = present;
        }
    }

    /** Replaces the application's system clock (the bean is primary, so every {@code Clock} injection gets it). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        ReliabilityClock reliabilityClock() {
            return new ReliabilityClock(Instant.now());
        }

        /**
         * Our rate limiter on this clock, in memory: its waits move simulated time, not real time, and
         * its buckets (keyed by the simulators' credentials) stay out of the shared database, where
         * the other test contexts run on the real clock.
         */
        @Bean
        @Primary
        CallQuota reliabilityCallQuota(ReliabilityClock clock) {
            return new InMemoryCallQuota(clock, Duration.ofSeconds(5), clock::advance);
        }
    }
}
