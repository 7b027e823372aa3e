package io.junction.connectors.amazon;

import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import java.time.Duration;
import java.util.Map;
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
 * @param usagePlans Amazon's usage plan per operation, which seeds each seller account's shared
 *     bucket ({@code searchOrders}, {@code getOrder}, {@code confirmShipment}); a seller may have been
 *     granted more, and {@code x-amzn-RateLimit-Limit} adjusts the rate when Amazon sends it
 */
public record AmazonProperties(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration windowOverlap,
        UsagePlans usagePlans) {

    /** Operation names, as Amazon's usage plans name them. */
    public static final String SEARCH_ORDERS = "searchOrders";
    public static final String GET_ORDER = "getOrder";
    public static final String CONFIRM_SHIPMENT = "confirmShipment";

    public AmazonProperties {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(windowOverlap, "windowOverlap");
        Objects.requireNonNull(usagePlans, "usagePlans");
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

    /** Amazon's default usage plans: searchOrders 0.0056/s burst 20, getOrder 0.5/30, confirmShipment 2/10. */
    public static final UsagePlans DEFAULT_USAGE_PLANS = new UsagePlans(Map.of(
            SEARCH_ORDERS, new UsagePlan(0.0056, 20),
            GET_ORDER, new UsagePlan(0.5, 30),
            CONFIRM_SHIPMENT, new UsagePlan(2, 10)),
            new UsagePlan(0.5, 10));

    /** Production defaults: 4 attempts from 1 s doubling to 30 s, a 10-minute overlap, Amazon's default plans. */
    public static AmazonProperties defaults() {
        return new AmazonProperties(
                "Junction/0.1 (Language=Java/17)",
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                DEFAULT_USAGE_PLANS);
    }

    /** The same settings with another retry policy (tests use a few milliseconds). */
    public AmazonProperties withRetry(int attempts, Duration initial, Duration max) {
        return new AmazonProperties(userAgent, connectTimeout, readTimeout, attempts, initial, max, windowOverlap, usagePlans);
    }

    /** The same settings with other time-outs. */
    public AmazonProperties withTimeouts(Duration connect, Duration read) {
        return new AmazonProperties(userAgent, connect, read, maxAttempts, initialBackoff, maxBackoff, windowOverlap, usagePlans);
    }

    /** The same settings with another usage plan for {@code operation} (a seller's granted limit, or tests). */
    public AmazonProperties withUsagePlan(String operation, UsagePlan plan) {
        return new AmazonProperties(userAgent, connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff,
                windowOverlap, usagePlans.with(operation, plan));
    }
}
