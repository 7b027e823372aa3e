package io.junction.connectors.aliexpress.simulator;

import java.time.Duration;
import java.time.Instant;

/** The app's call quota: {@code rate} tokens a second, at most {@code burst}. */
final class TokenBucket {

    private final double ratePerSecond;
    private final int burst;
    private double tokens;
    private Instant refilledAt;

    TokenBucket(double ratePerSecond, int burst, Instant now) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes one token if there is one. */
    boolean tryTake(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    void empty(Instant now) {
        refill(now);
        tokens = 0;
    }

    /** Whole seconds until the next token, at least 1: what the ban message announces. */
    long secondsUntilNextToken(Instant now) {
        refill(now);
        double missing = Math.max(0, 1 - tokens);
        return Math.max(1, (long) Math.ceil(missing / ratePerSecond));
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(burst, tokens + seconds * ratePerSecond);
            refilledAt = now;
        }
    }
}
