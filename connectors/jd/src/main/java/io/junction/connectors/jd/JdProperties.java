package io.junction.connectors.jd;

import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the JD connector. Everything JD does not publish clearly is here, marked
 * UNCONFIRMED, so that an operator can correct it without a release.
 *
 * @param userAgent sent on every call
 * @param connectTimeout TCP connect time-out
 * @param readTimeout time to wait for an answer once the request is sent
 * @param maxAttempts attempts per call, the first included, for throttling, 5xx and (on reads)
 *     dropped connections
 * @param initialBackoff the first pause between attempts; it doubles, with jitter, up to
 *     {@code maxBackoff}
 * @param maxBackoff the longest pause between two attempts
 * @param windowOverlap how far each incremental read reaches back behind the watermark
 * @param dataDelay how far behind now the newest queryable "modified" bound stays (UNCONFIRMED: JD
 *     publishes no delay; list results lag on peak days)
 * @param maxWindow the longest {@code start_date..end_date} span per enSearch query; JD allows one
 *     month, so the default of 28 days fits every calendar month
 * @param pageSize {@code page_size}, at most 100
 * @param orderStates the {@code order_state} list asked for (UNCONFIRMED: {@code WAIT_PAY})
 * @param throttledCodes {@code error_response.code} values that mean "called too often"
 *     (UNCONFIRMED; retried with back-off)
 * @param unauthorizedCodes {@code error_response.code} values for refused credentials or signature
 *     (19 is documented; the others UNCONFIRMED)
 * @param stateNotSuitablePhrases words in a failed shipment's {@code englishErrCode} or
 *     {@code chineseErrCode} by which JD says the order is no longer waiting for stock-out
 *     (UNCONFIRMED); such an answer is checked against the order's recorded waybill
 * @param usagePlans the call quota per method, which seeds each seller account's shared bucket
 *     (UNCONFIRMED: the platform publishes no per-method figures we could verify; configurable)
 */
public record JdProperties(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration windowOverlap,
        Duration dataDelay,
        Duration maxWindow,
        int pageSize,
        List<String> orderStates,
        Set<String> throttledCodes,
        Set<String> unauthorizedCodes,
        List<String> stateNotSuitablePhrases,
        UsagePlans usagePlans) {

    /** JD's largest {@code page_size} for enSearch. */
    public static final int MAX_PAGE_SIZE = 100;

    public JdProperties {
        Objects.requireNonNull(usagePlans, "usagePlans");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(windowOverlap, "windowOverlap");
        Objects.requireNonNull(dataDelay, "dataDelay");
        Objects.requireNonNull(maxWindow, "maxWindow");
        orderStates = List.copyOf(orderStates);
        throttledCodes = Set.copyOf(throttledCodes);
        unauthorizedCodes = Set.copyOf(unauthorizedCodes);
        stateNotSuitablePhrases = List.copyOf(stateNotSuitablePhrases);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("back-off must be positive and maxBackoff >= initialBackoff");
        }
        if (windowOverlap.isNegative() || dataDelay.isNegative()) {
            throw new IllegalArgumentException("windowOverlap and dataDelay must not be negative");
        }
        if (maxWindow.compareTo(Duration.ofSeconds(2)) < 0 || maxWindow.compareTo(Duration.ofDays(28)) > 0) {
            throw new IllegalArgumentException("maxWindow must be between 2 seconds and 28 days: " + maxWindow);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and 100: " + pageSize);
        }
        if (orderStates.isEmpty()) {
            throw new IllegalArgumentException("orderStates must not be empty");
        }
    }

    /**
     * Default call quotas, UNCONFIRMED: 10 calls a second with a burst of 20 for every method of one
     * seller account. TOP, JOS and IOP document per-app daily totals and per-second bans ("App Call
     * Limited") rather than a per-method plan; set the shop's real figures where they are known.
     */
    public static final UsagePlans DEFAULT_USAGE_PLANS = UsagePlans.uniform(new UsagePlan(10, 20));

    /** Production defaults: 4 attempts from 1 s doubling to 30 s, a 15-minute overlap, 28-day windows. */
    public static JdProperties defaults() {
        return new JdProperties(
                "Junction/0.1 (Java/17)",
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofMinutes(15),
                Duration.ofMinutes(1),
                Duration.ofDays(28),
                MAX_PAGE_SIZE,
                List.of("WAIT_PAY", "WAIT_SELLER_STOCK_OUT", "WAIT_SELLER_DELIVERY", "WAIT_GOODS_RECEIVE_CONFIRM",
                        "FINISHED_L", "TRADE_CANCELED", "LOCKED", "PAUSE", "POP_ORDER_PAUSE"),
                Set.of("7", "66"),
                Set.of("14", "15", "19"),
                List.of("state not suitable", "状态不满足", "already shipped", "已出库"),
                DEFAULT_USAGE_PLANS);
    }

    /** The same settings with another retry policy (tests use a few milliseconds). */
    public JdProperties withRetry(int attempts, Duration initial, Duration max) {
        return new JdProperties(userAgent, connectTimeout, readTimeout, attempts, initial, max, windowOverlap, dataDelay,
                maxWindow, pageSize, orderStates, throttledCodes, unauthorizedCodes, stateNotSuitablePhrases, usagePlans);
    }

    /** The same settings with other time-outs. */
    public JdProperties withTimeouts(Duration connect, Duration read) {
        return new JdProperties(userAgent, connect, read, maxAttempts, initialBackoff, maxBackoff, windowOverlap,
                dataDelay, maxWindow, pageSize, orderStates, throttledCodes, unauthorizedCodes, stateNotSuitablePhrases, usagePlans);
    }

    /** The same settings with another window split and page size. */
    public JdProperties withPaging(Duration window, int size) {
        return new JdProperties(userAgent, connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff,
                windowOverlap, dataDelay, window, size, orderStates, throttledCodes, unauthorizedCodes,
                stateNotSuitablePhrases, usagePlans);
    }

    /** The same settings with other call quotas (a seller's granted limits, or tests). */
    public JdProperties withUsagePlans(UsagePlans plans) {
        return new JdProperties(userAgent, connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, windowOverlap, dataDelay, maxWindow, pageSize, orderStates, throttledCodes, unauthorizedCodes, stateNotSuitablePhrases, plans);
    }
}
