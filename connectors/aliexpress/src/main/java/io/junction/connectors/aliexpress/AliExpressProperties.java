package io.junction.connectors.aliexpress;

import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of the AliExpress connector. Several AliExpress facts are UNCONFIRMED and therefore
 * settings (see {@code connectors/aliexpress/README.md}).
 *
 * @param userAgent sent on every call
 * @param connectTimeout TCP connect time-out
 * @param readTimeout time to wait for an answer once the request is sent
 * @param maxAttempts attempts per call, the first included, for throttling, 5xx and (on reads)
 *     dropped connections
 * @param initialBackoff the first pause between attempts; it doubles, with jitter, up to
 *     {@code maxBackoff}
 * @param maxBackoff the longest pause between two attempts that no ban asked for
 * @param maxBanWait the longest pause spent honouring a ban's "N more seconds"
 * @param windowOverlap how far each incremental read reaches back behind the watermark
 * @param dataDelay how far behind now the newest queried modification time stays (UNCONFIRMED)
 * @param pageSize {@code page_size} of the order list; the platform's maximum is 50 (UNCONFIRMED)
 * @param maxWindow the longest modified-time span one list query may cover (UNCONFIRMED); longer
 *     windows are read in slices one hour shorter, leaving room for daylight-saving widening
 * @param platformZone the zone of the platform's times: US Pacific
 * @param throttleCode the {@code error_response.code} of throttling ({@code 7}, UNCONFIRMED for IOP)
 * @param banPattern finds the ban's seconds in {@code sub_msg} (UNCONFIRMED for IOP)
 * @param maxShipmentEdits how often a declared tracking number may be modified (UNCONFIRMED)
 * @param shipmentEditPeriod how long after the first declaration it may be modified (UNCONFIRMED)
 * @param usagePlans the call quota per method, which seeds each seller account's shared bucket
 *     (UNCONFIRMED: the platform publishes no per-method figures we could verify; configurable)
 */
public record AliExpressProperties(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxBanWait,
        Duration windowOverlap,
        Duration dataDelay,
        int pageSize,
        Duration maxWindow,
        ZoneId platformZone,
        String throttleCode,
        Pattern banPattern,
        int maxShipmentEdits,
        Duration shipmentEditPeriod,
        UsagePlans usagePlans) {

    /** The platform's (UNCONFIRMED) maximum {@code page_size}. */
    public static final int MAX_PAGE_SIZE = 50;

    public AliExpressProperties {
        Objects.requireNonNull(usagePlans, "usagePlans");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxBanWait, "maxBanWait");
        Objects.requireNonNull(windowOverlap, "windowOverlap");
        Objects.requireNonNull(dataDelay, "dataDelay");
        Objects.requireNonNull(maxWindow, "maxWindow");
        Objects.requireNonNull(platformZone, "platformZone");
        Objects.requireNonNull(throttleCode, "throttleCode");
        Objects.requireNonNull(banPattern, "banPattern");
        Objects.requireNonNull(shipmentEditPeriod, "shipmentEditPeriod");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("back-off must be positive and maxBackoff >= initialBackoff");
        }
        if (windowOverlap.isNegative() || dataDelay.isNegative() || maxBanWait.isNegative()) {
            throw new IllegalArgumentException("windowOverlap, dataDelay and maxBanWait must not be negative");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        if (maxWindow.compareTo(Duration.ofHours(2)) < 0) {
            throw new IllegalArgumentException("maxWindow must be at least two hours: " + maxWindow);
        }
        if (maxShipmentEdits < 0) {
            throw new IllegalArgumentException("maxShipmentEdits must not be negative");
        }
    }

    /**
     * Default call quotas, UNCONFIRMED: 10 calls a second with a burst of 20 for every method of one
     * seller account. TOP, JOS and IOP document per-app daily totals and per-second bans ("App Call
     * Limited") rather than a per-method plan; set the shop's real figures where they are known.
     */
    public static final UsagePlans DEFAULT_USAGE_PLANS = UsagePlans.uniform(new UsagePlan(10, 20));

    /**
     * Production defaults: 4 attempts from 1 s doubling to 30 s, bans honoured up to 60 s, a
     * 15-minute overlap, 50 orders a page, one-day slices, 2 tracking edits within 5 days.
     */
    public static AliExpressProperties defaults() {
        return new AliExpressProperties(
                "Junction/0.1 (Language=Java/17)",
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                Duration.ofMinutes(15),
                Duration.ofMinutes(1),
                MAX_PAGE_SIZE,
                Duration.ofDays(1),
                ZoneId.of("America/Los_Angeles"),
                "7",
                Pattern.compile("ban will last for (\\d+) more seconds?"),
                2,
                Duration.ofDays(5),
                DEFAULT_USAGE_PLANS);
    }

    /** The same settings with another retry policy (tests use a few milliseconds). */
    public AliExpressProperties withRetry(int attempts, Duration initial, Duration max, Duration banWait) {
        return new AliExpressProperties(userAgent, connectTimeout, readTimeout, attempts, initial, max, banWait,
                windowOverlap, dataDelay, pageSize, maxWindow, platformZone, throttleCode, banPattern, maxShipmentEdits,
                shipmentEditPeriod, usagePlans);
    }

    /** The same settings with other time-outs. */
    public AliExpressProperties withTimeouts(Duration connect, Duration read) {
        return new AliExpressProperties(userAgent, connect, read, maxAttempts, initialBackoff, maxBackoff, maxBanWait,
                windowOverlap, dataDelay, pageSize, maxWindow, platformZone, throttleCode, banPattern, maxShipmentEdits,
                shipmentEditPeriod, usagePlans);
    }

    /** The same settings with another page size and slice length. */
    public AliExpressProperties withPaging(int size, Duration window) {
        return new AliExpressProperties(userAgent, connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff,
                maxBanWait, windowOverlap, dataDelay, size, window, platformZone, throttleCode, banPattern,
                maxShipmentEdits, shipmentEditPeriod, usagePlans);
    }

    /** The same settings with other tracking-number edit limits. */
    public AliExpressProperties withShipmentEditLimits(int edits, Duration period) {
        return new AliExpressProperties(userAgent, connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff,
                maxBanWait, windowOverlap, dataDelay, pageSize, maxWindow, platformZone, throttleCode, banPattern, edits,
                period, usagePlans);
    }

    /** How long one list query may span as we send it: an hour under the maximum (DST widening). */
    Duration sliceLength() {
        return maxWindow.minusHours(1);
    }

    /** The same settings with other call quotas (a seller's granted limits, or tests). */
    public AliExpressProperties withUsagePlans(UsagePlans plans) {
        return new AliExpressProperties(userAgent, connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, maxBanWait, windowOverlap, dataDelay, pageSize, maxWindow, platformZone, throttleCode, banPattern, maxShipmentEdits, shipmentEditPeriod, plans);
    }
}
