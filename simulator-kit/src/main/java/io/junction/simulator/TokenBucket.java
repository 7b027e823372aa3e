package io.junction.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * A platform's call quota as a simulator enforces it: {@code rate} tokens a second, at most
 * {@code burst}, on the simulator's own clock. Not thread-safe: simulators call it under their lock.
 */
public final class TokenBucket {

    private final double ratePerSecond;
    private final int burst;
    private double tokens;
    private Instant refilledAt;

    public TokenBucket(double ratePerSecond, int burst, Instant now) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes one token if there is one. */
    public boolean tryTake(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Spends every token: the next calls are throttled until the bucket refills. */
    public void empty(Instant now) {
        refill(now);
        tokens = 0;
    }

    public double ratePerSecond() {
        return ratePerSecond;
    }

    /** Whole seconds until the next token, at least 1: what a platform's ban message announces. */
    public long secondsUntilNextToken(Instant now) {
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
