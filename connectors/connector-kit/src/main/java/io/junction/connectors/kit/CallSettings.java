package io.junction.connectors.kit;

import io.junction.ratelimit.UsagePlans;
import java.time.Duration;
import java.util.Objects;

/**
 * How a client calls its platform: the settings every connector has, embedded in each platform's
 * {@code *Properties} and bound from {@code junction.connectors.<name>.calls.*}. A value left out of the
 * settings (null, or 0 for a number) takes the platform's default ({@link #orElse}).
 *
 * @param userAgent sent on every call; null sends none
 * @param connectTimeout TCP connect time-out
 * @param readTimeout time to wait for an answer once the request is sent
 * @param maxAttempts attempts per call, the first included, for throttling, 5xx and (on reads) dropped
 *     connections
 * @param initialBackoff the first pause between attempts; it doubles, with jitter, up to {@code maxBackoff}
 * @param maxBackoff the longest pause between two attempts
 * @param windowOverlap how far each incremental read reaches back behind the watermark
 * @param pageSize orders asked for per page of the order list
 * @param usagePlans the call quota per operation, which seeds each seller account's shared bucket;
 *     operations named here replace the platform's plan for them, the others keep it
 */
public record CallSettings(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration windowOverlap,
        int pageSize,
        UsagePlans usagePlans) {

    public CallSettings {
        if (maxAttempts < 0 || pageSize < 0) {
            throw new IllegalArgumentException(
                    "maxAttempts and pageSize must be positive: " + maxAttempts + ", " + pageSize);
        }
        if (initialBackoff != null && initialBackoff.toMillis() < 1) {
            throw new IllegalArgumentException("initialBackoff must be at least a millisecond: " + initialBackoff);
        }
        if (initialBackoff != null && maxBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
        }
        if (windowOverlap != null && windowOverlap.isNegative()) {
            throw new IllegalArgumentException("windowOverlap must not be negative");
        }
    }

    /**
     * A platform's production defaults: the time-outs and retries every platform gets (10 s to connect, 30 s for
     * an answer, 4 attempts from 1 s doubling to 30 s) and what is the platform's own.
     */
    public static CallSettings productionDefaults(
            String userAgent, Duration windowOverlap, int pageSize, UsagePlans usagePlans) {
        return new CallSettings(
                userAgent,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                windowOverlap,
                pageSize,
                usagePlans);
    }

    /** {@code settings}, each value left out taken from {@code defaults}; all of {@code defaults} when null. */
    public static CallSettings completed(CallSettings settings, CallSettings defaults) {
        return settings == null ? defaults : settings.orElse(defaults);
    }

    /** These settings, each value left out taken from {@code defaults}; the answer is complete. */
    public CallSettings orElse(CallSettings defaults) {
        CallSettings merged = new CallSettings(
                userAgent != null ? userAgent : defaults.userAgent,
                connectTimeout != null ? connectTimeout : defaults.connectTimeout,
                readTimeout != null ? readTimeout : defaults.readTimeout,
                maxAttempts != 0 ? maxAttempts : defaults.maxAttempts,
                initialBackoff != null ? initialBackoff : defaults.initialBackoff,
                maxBackoff != null ? maxBackoff : defaults.maxBackoff,
                windowOverlap != null ? windowOverlap : defaults.windowOverlap,
                pageSize != 0 ? pageSize : defaults.pageSize,
                usagePlans != null ? usagePlans.orElse(defaults.usagePlans) : defaults.usagePlans);
        Objects.requireNonNull(merged.connectTimeout, "connectTimeout");
        Objects.requireNonNull(merged.readTimeout, "readTimeout");
        Objects.requireNonNull(merged.initialBackoff, "initialBackoff");
        Objects.requireNonNull(merged.maxBackoff, "maxBackoff");
        Objects.requireNonNull(merged.windowOverlap, "windowOverlap");
        Objects.requireNonNull(merged.usagePlans, "usagePlans").plan("any operation");
        if (merged.maxAttempts < 1 || merged.pageSize < 1) {
            throw new IllegalArgumentException("maxAttempts and pageSize must be at least 1");
        }
        return merged;
    }

    /** The same settings with another retry policy (tests use a few milliseconds). */
    public CallSettings withRetry(int attempts, Duration initial, Duration max) {
        return new CallSettings(
                userAgent, connectTimeout, readTimeout, attempts, initial, max, windowOverlap, pageSize, usagePlans);
    }

    /** The same settings with other time-outs. */
    public CallSettings withTimeouts(Duration connect, Duration read) {
        return new CallSettings(
                userAgent, connect, read, maxAttempts, initialBackoff, maxBackoff, windowOverlap, pageSize, usagePlans);
    }

    /** The same settings with another page size. */
    public CallSettings withPageSize(int size) {
        return withPaging(size, usagePlans);
    }

    /** The same settings with other call quotas (a seller's granted limits, or tests). */
    public CallSettings withUsagePlans(UsagePlans plans) {
        return withPaging(pageSize, plans);
    }

    /** The same time-outs and retries with another page size and other call quotas. */
    private CallSettings withPaging(int size, UsagePlans plans) {
        return new CallSettings(
                userAgent,
                connectTimeout,
                readTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                windowOverlap,
                size,
                plans);
    }
}
