package io.junction.connectors.jd;

import io.junction.connectors.kit.CallSettings;
import io.junction.connectors.kit.ConnectorProperties;
import io.junction.connectors.kit.ShipByRule;
import io.junction.ratelimit.UsagePlans;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the JD connector ({@code junction.connectors.jd.*}). Everything JD does not publish clearly is
 * here, marked UNCONFIRMED, so that an operator can correct it without a release; whatever is left out takes
 * the defaults of {@link #defaults()}.
 *
 * @param calls time-outs, retries, overlap, {@code page_size} (at most 100) and the call quota per method,
 *     which seeds each seller account's shared bucket (UNCONFIRMED: the platform publishes no per-method
 *     figures we could verify)
 * @param dataDelay how far behind now the newest queryable "modified" bound stays (UNCONFIRMED: JD
 *     publishes no delay; list results lag on peak days)
 * @param maxWindow the longest {@code start_date..end_date} span per enSearch query; JD allows one
 *     month, so the default of 28 days fits every calendar month
 * @param orderStates the {@code order_state} list asked for (UNCONFIRMED: {@code WAIT_PAY})
 * @param throttledCodes {@code error_response.code} values that mean "called too often"
 *     (UNCONFIRMED; retried with back-off)
 * @param unauthorizedCodes {@code error_response.code} values for refused credentials or signature
 *     (19 is documented; the others UNCONFIRMED)
 * @param stateNotSuitablePhrases words in a failed shipment's {@code englishErrCode} or
 *     {@code chineseErrCode} by which JD says the order is no longer waiting for stock-out
 *     (UNCONFIRMED); such an answer is checked against the order's recorded waybill
 * @param orderNotFoundPhrase the words of enGet's {@code apiResult.englishErrCode} for an order the seller
 *     does not have (UNCONFIRMED: JD documents no code for it)
 * @param shipBy where an order's ship-by deadline comes from: JD's promised stock-out time among
 *     {@code promisedFields} when the order carries one (UNCONFIRMED: the reference lists no such field in
 *     enSearch; {@code latestShipTime}, {@code promiseInfo.latestShipTime} and {@code outBoundDate} are asked
 *     for and read if present), else {@code afterPayment} after {@code paymentConfirmTime} (UNCONFIRMED: 48
 *     hours, JD's usual stock-out promise for POP sellers)
 */
@ConfigurationProperties("junction.connectors.jd")
public record JdProperties(
        CallSettings calls,
        Duration dataDelay,
        Duration maxWindow,
        List<String> orderStates,
        Set<String> throttledCodes,
        Set<String> unauthorizedCodes,
        List<String> stateNotSuitablePhrases,
        String orderNotFoundPhrase,
        ShipByRule shipBy)
        implements ConnectorProperties<JdProperties> {

    /** JD's largest {@code page_size} for enSearch. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Default call quotas: JOS publishes no per-method plan (UNCONFIRMED, see {@link UsagePlans#UNPUBLISHED}). */
    public static final UsagePlans DEFAULT_USAGE_PLANS = UsagePlans.UNPUBLISHED;

    /** Production defaults: 4 attempts from 1 s doubling to 30 s, a 15-minute overlap, 100 orders a page. */
    public static final CallSettings DEFAULT_CALLS = CallSettings.productionDefaults(
            "Junction/0.1 (Java/17)", Duration.ofMinutes(15), MAX_PAGE_SIZE, DEFAULT_USAGE_PLANS);

    /** UNCONFIRMED: JD's promised stock-out time where the order carries one, else 48 hours after payment. */
    public static final ShipByRule DEFAULT_SHIP_BY = new ShipByRule(
            List.of("latestShipTime", "promiseInfo.latestShipTime", "outBoundDate"), Duration.ofHours(48));

    public JdProperties {
        calls = CallSettings.completed(calls, DEFAULT_CALLS);
        dataDelay = dataDelay == null ? Duration.ofMinutes(1) : dataDelay;
        maxWindow = maxWindow == null ? Duration.ofDays(28) : maxWindow;
        orderStates = List.copyOf(
                orderStates == null
                        ? Arrays.stream(JdStatus.values()).map(Enum::name).toList()
                        : orderStates);
        throttledCodes = Set.copyOf(throttledCodes == null ? Set.of("7", "66") : throttledCodes);
        unauthorizedCodes = Set.copyOf(unauthorizedCodes == null ? Set.of("14", "15", "19") : unauthorizedCodes);
        stateNotSuitablePhrases = List.copyOf(
                stateNotSuitablePhrases == null
                        ? List.of("state not suitable", "状态不满足", "already shipped", "已出库")
                        : stateNotSuitablePhrases);
        orderNotFoundPhrase = orderNotFoundPhrase == null ? "order does not exist" : orderNotFoundPhrase;
        shipBy = shipBy == null ? DEFAULT_SHIP_BY : shipBy;
        if (calls.pageSize() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and 100: " + calls.pageSize());
        }
        if (dataDelay.isNegative()) {
            throw new IllegalArgumentException("dataDelay must not be negative");
        }
        if (maxWindow.compareTo(Duration.ofSeconds(2)) < 0 || maxWindow.compareTo(Duration.ofDays(28)) > 0) {
            throw new IllegalArgumentException("maxWindow must be between 2 seconds and 28 days: " + maxWindow);
        }
        if (orderStates.isEmpty()) {
            throw new IllegalArgumentException("orderStates must not be empty");
        }
    }

    /** Production defaults: a minute's data delay, 28-day windows, and {@link #DEFAULT_CALLS}. */
    public static JdProperties defaults() {
        return new JdProperties(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public JdProperties withCalls(CallSettings settings) {
        return copy(settings, maxWindow);
    }

    /** The same settings with another window split and page size. */
    public JdProperties withPaging(Duration window, int size) {
        return copy(calls.withPageSize(size), window);
    }

    /** A copy with what the copies above change: the call settings and the window split. */
    private JdProperties copy(CallSettings calls, Duration maxWindow) {
        return new JdProperties(
                calls,
                dataDelay,
                maxWindow,
                orderStates,
                throttledCodes,
                unauthorizedCodes,
                stateNotSuitablePhrases,
                orderNotFoundPhrase,
                shipBy);
    }
}
