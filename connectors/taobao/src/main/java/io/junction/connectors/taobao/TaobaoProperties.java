package io.junction.connectors.taobao;

import io.junction.channel.PlatformState;
import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the Taobao connector.
 *
 * @param connectTimeout TCP connect time-out
 * @param readTimeout time to wait for an answer once the request is sent
 * @param maxAttempts attempts per call, the first included, for throttling, 5xx, {@code isp.*}
 *     faults and (on reads) dropped connections
 * @param initialBackoff the first pause between attempts; it doubles, with jitter, up to
 *     {@code maxBackoff}
 * @param maxBackoff the longest pause between two attempts (a throttling ban is waited out as TOP
 *     says, up to {@code maxBanWait})
 * @param maxBanWait the longest "This ban will last for N more seconds" the client sits out itself;
 *     a longer ban ends the call as throttled, and the sync or write-back tries again later
 * @param windowOverlap how far each incremental read reaches back behind the watermark; TOP's
 *     list lags about 10 minutes on peak days (Double 11, 618)
 * @param dataDelay how far behind now the newest queried "modified" bound stays. UNCONFIRMED: TOP
 *     documents no delay; one minute absorbs clock skew with the gateway
 * @param subWindow the length of one {@code start_modified..end_modified} query; TOP allows at most
 *     one day and recommends 30 minutes
 * @param pageSize {@code page_size}, at most 100
 * @param fullInfoStates trades in these states are completed with {@code taobao.trade.fullinfo.get}
 *     (buyer note, country), since the list does not carry those fields
 * @param alreadyShippedSubCodes {@code sub_code}s by which {@code taobao.logistics.offline.send}
 *     says the trade was already consigned. UNCONFIRMED: TOP documents no single code for it
 * @param usagePlans the call quota per method, which seeds each seller account's shared bucket
 *     (UNCONFIRMED: the platform publishes no per-method figures we could verify; configurable)
 */
public record TaobaoProperties(
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxBanWait,
        Duration windowOverlap,
        Duration dataDelay,
        Duration subWindow,
        int pageSize,
        Set<PlatformState> fullInfoStates,
        List<String> alreadyShippedSubCodes,
        UsagePlans usagePlans) {

    /** TOP's longest {@code start_modified..end_modified} window. */
    public static final Duration MAX_SUB_WINDOW = Duration.ofDays(1);

    /** TOP's largest {@code page_size}. */
    public static final int MAX_PAGE_SIZE = 100;

    public TaobaoProperties {
        Objects.requireNonNull(usagePlans, "usagePlans");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxBanWait, "maxBanWait");
        Objects.requireNonNull(windowOverlap, "windowOverlap");
        Objects.requireNonNull(dataDelay, "dataDelay");
        Objects.requireNonNull(subWindow, "subWindow");
        fullInfoStates = Set.copyOf(fullInfoStates);
        alreadyShippedSubCodes = List.copyOf(alreadyShippedSubCodes);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("back-off must be positive and maxBackoff >= initialBackoff");
        }
        if (maxBanWait.isNegative() || windowOverlap.isNegative() || dataDelay.isNegative()) {
            throw new IllegalArgumentException("maxBanWait, windowOverlap and dataDelay must not be negative");
        }
        if (subWindow.getSeconds() < 1 || subWindow.compareTo(MAX_SUB_WINDOW) > 0) {
            throw new IllegalArgumentException("subWindow must be between 1 second and one day: " + subWindow);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and 100: " + pageSize);
        }
    }

    /**
     * Default call quotas, UNCONFIRMED: 10 calls a second with a burst of 20 for every method of one
     * seller account. TOP, JOS and IOP document per-app daily totals and per-second bans ("App Call
     * Limited") rather than a per-method plan; set the shop's real figures where they are known.
     */
    public static final UsagePlans DEFAULT_USAGE_PLANS = UsagePlans.uniform(new UsagePlan(10, 20));

    /**
     * Production defaults: 4 attempts from 1 s doubling to 30 s, bans of up to a minute sat out,
     * a 15-minute overlap, 30-minute sub-windows of 100 trades a page.
     */
    public static TaobaoProperties defaults() {
        return new TaobaoProperties(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                Duration.ofMinutes(15),
                Duration.ofMinutes(1),
                Duration.ofMinutes(30),
                MAX_PAGE_SIZE,
                Set.of(PlatformState.READY_TO_SHIP, PlatformState.REFUND_REQUESTED),
                List.of("isv.logistics-offline-service-error:B04"),
                DEFAULT_USAGE_PLANS);
    }

    /** The same settings with another retry policy (tests use a few milliseconds). */
    public TaobaoProperties withRetry(int attempts, Duration initial, Duration max) {
        return new TaobaoProperties(connectTimeout, readTimeout, attempts, initial, max, maxBanWait, windowOverlap,
                dataDelay, subWindow, pageSize, fullInfoStates, alreadyShippedSubCodes, usagePlans);
    }

    /** The same settings with other time-outs. */
    public TaobaoProperties withTimeouts(Duration connect, Duration read) {
        return new TaobaoProperties(connect, read, maxAttempts, initialBackoff, maxBackoff, maxBanWait, windowOverlap,
                dataDelay, subWindow, pageSize, fullInfoStates, alreadyShippedSubCodes, usagePlans);
    }

    /** The same settings with another longest ban the client waits out. */
    public TaobaoProperties withMaxBanWait(Duration wait) {
        return new TaobaoProperties(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, wait,
                windowOverlap, dataDelay, subWindow, pageSize, fullInfoStates, alreadyShippedSubCodes, usagePlans);
    }

    /** The same settings with other sub-windows and page size. */
    public TaobaoProperties withPaging(Duration window, int size) {
        return new TaobaoProperties(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, maxBanWait,
                windowOverlap, dataDelay, window, size, fullInfoStates, alreadyShippedSubCodes, usagePlans);
    }

    /** The same settings with other call quotas (a seller's granted limits, or tests). */
    public TaobaoProperties withUsagePlans(UsagePlans plans) {
        return new TaobaoProperties(connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, maxBanWait, windowOverlap, dataDelay, subWindow, pageSize, fullInfoStates, alreadyShippedSubCodes, plans);
    }
}
