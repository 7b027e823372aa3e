package io.junction.ratelimit;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A platform's token bucket for one operation: {@code ratePerSecond} calls a second on average, at
 * most {@code burst} at once. Amazon publishes these per operation (searchOrders 0.0056/s, burst 20).
 *
 * @param ratePerSecond the refill rate, calls per second; positive
 * @param burst the bucket's capacity, at least 1
 */
public record UsagePlan(double ratePerSecond, int burst) {

    public UsagePlan {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("ratePerSecond must be positive: " + ratePerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1: " + burst);
        }
    }

    /** Reads {@code "rate/burst"}, e.g. {@code "0.0056/20"}, as settings write a plan. */
    public static UsagePlan parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s*/\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a usage plan reads rate/burst, e.g. 0.0056/20: " + text);
        }
        try {
            return new UsagePlan(Double.parseDouble(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a usage plan reads rate/burst, e.g. 0.0056/20: " + text, e);
        }
    }

    /** {@link #parse}, under the name by which settings binding turns {@code "5/20"} into a plan. */
    public static UsagePlan valueOf(String text) {
        return parse(text);
    }

    /** The same burst at another rate: what a platform's rate header announces. */
    public UsagePlan withRate(double rate) {
        return new UsagePlan(rate, burst);
    }

    /** The time one call's token takes to refill: {@code 1 / ratePerSecond}. */
    public Duration refillPeriod() {
        return Duration.ofNanos(Math.round(1e9 / ratePerSecond));
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(ratePerSecond).stripTrailingZeros().toPlainString() + "/" + burst;
    }
}
