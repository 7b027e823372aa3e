package io.junction.connectors.amazon;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Amazon connector.
 *
 * @param userAgent sent on every call; Amazon asks for {@code AppName/Version (Language=...)}
 * @param connectTimeout TCP connect time-out
 * @param readTimeout time to wait for an answer once the request is sent
 * @param maxAttempts attempts per call, the first included, for 429, 5xx and (on reads) dropped
 *     connections
 * @param initialBackoff the first pause between attempts; it doubles, with jitter, up to
 *     {@code maxBackoff}
 * @param maxBackoff the longest pause between two attempts
 * @param windowOverlap how far each incremental read reaches back behind the watermark
 */
public record AmazonProperties(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration windowOverlap) {

    public AmazonProperties {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(windowOverlap, "windowOverlap");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("back-off must be positive and maxBackoff >= initialBackoff");
        }
        if (windowOverlap.isNegative()) {
            throw new IllegalArgumentException("windowOverlap must not be negative");
        }
    }

    /** Production defaults: 4 attempts from 1 s doubling to 30 s, a 10-minute overlap. */
    public static AmazonProperties defaults() {
        return new AmazonProperties(
                "Junction/0.1 (Language=Java/17)",
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofMinutes(10));
    }

    /** The same settings with another retry policy (tests use a few milliseconds). */
    public AmazonProperties withRetry(int attempts, Duration initial, Duration max) {
        return new AmazonProperties(userAgent, connectTimeout, readTimeout, attempts, initial, max, windowOverlap);
    }

    /** The same settings with other time-outs. */
    public AmazonProperties withTimeouts(Duration connect, Duration read) {
        return new AmazonProperties(userAgent, connect, read, maxAttempts, initialBackoff, maxBackoff, windowOverlap);
    }
}
