package io.junction.connectors.aliexpress;

import io.junction.connectors.kit.CallSettings;
import io.junction.connectors.kit.ConnectorProperties;
import io.junction.ratelimit.UsagePlans;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the AliExpress connector ({@code junction.connectors.aliexpress.*}). Several AliExpress facts
 * are UNCONFIRMED and therefore settings (see {@code connectors/aliexpress/README.md}); whatever is left out
 * takes the defaults of {@link #defaults()}.
 *
 * @param calls time-outs, retries, overlap, {@code page_size} of the order list (the platform's maximum is
 *     50, UNCONFIRMED) and the call quota per method, which seeds each seller account's shared bucket
 *     (UNCONFIRMED: the platform publishes no per-method figures we could verify)
 * @param maxBanWait the longest pause spent honouring a ban's "N more seconds"
 * @param dataDelay how far behind now the newest queried modification time stays (UNCONFIRMED)
 * @param maxWindow the longest modified-time span one list query may cover (UNCONFIRMED); longer
 *     windows are read in slices one hour shorter, leaving room for daylight-saving widening
 * @param platformZone the zone of the platform's times: US Pacific
 * @param throttleCode the {@code error_response.code} of throttling ({@code 7}, UNCONFIRMED for IOP)
 * @param banPattern finds the ban's seconds in {@code sub_msg} (UNCONFIRMED for IOP)
 * @param maxShipmentEdits how often a declared tracking number may be modified (UNCONFIRMED)
 * @param shipmentEditPeriod how long after the first declaration it may be modified (UNCONFIRMED)
 * @param alreadyShippedPhrases words by which AliExpress says a shipment was already declared, which
 *     makes the declaration a success (UNCONFIRMED: AliExpress publishes no code for this case)
 * @param orderNotFoundCode the {@code result.error_code} of {@code order.info.get} for an order the seller
 *     does not have (UNCONFIRMED: the code the simulator answers; AliExpress documents none)
 */
@ConfigurationProperties("junction.connectors.aliexpress")
public record AliExpressProperties(
        CallSettings calls,
        Duration maxBanWait,
        Duration dataDelay,
        Duration maxWindow,
        ZoneId platformZone,
        String throttleCode,
        Pattern banPattern,
        Integer maxShipmentEdits,
        Duration shipmentEditPeriod,
        List<String> alreadyShippedPhrases,
        String orderNotFoundCode)
        implements ConnectorProperties<AliExpressProperties> {

    /** The platform's (UNCONFIRMED) maximum {@code page_size}. */
    public static final int MAX_PAGE_SIZE = 50;

    /** Default call quotas: IOP publishes no per-method plan (UNCONFIRMED, see {@link UsagePlans#UNPUBLISHED}). */
    public static final UsagePlans DEFAULT_USAGE_PLANS = UsagePlans.UNPUBLISHED;

    /** Production defaults: 4 attempts from 1 s doubling to 30 s, a 15-minute overlap, 50 orders a page. */
    public static final CallSettings DEFAULT_CALLS = CallSettings.productionDefaults(
            "Junction/0.1 (Language=Java/17)", Duration.ofMinutes(15), MAX_PAGE_SIZE, DEFAULT_USAGE_PLANS);

    public AliExpressProperties {
        calls = CallSettings.completed(calls, DEFAULT_CALLS);
        maxBanWait = maxBanWait == null ? Duration.ofSeconds(60) : maxBanWait;
        dataDelay = dataDelay == null ? Duration.ofMinutes(1) : dataDelay;
        maxWindow = maxWindow == null ? Duration.ofDays(1) : maxWindow;
        platformZone = platformZone == null ? ZoneId.of("America/Los_Angeles") : platformZone;
        throttleCode = throttleCode == null ? "7" : throttleCode;
        banPattern = banPattern == null ? Pattern.compile("ban will last for (\\d+) more seconds?") : banPattern;
        maxShipmentEdits = maxShipmentEdits == null ? 2 : maxShipmentEdits;
        shipmentEditPeriod = shipmentEditPeriod == null ? Duration.ofDays(5) : shipmentEditPeriod;
        alreadyShippedPhrases = List.copyOf(
                alreadyShippedPhrases == null
                        ? List.of(
                                "already been shipped",
                                "already shipped",
                                "already been sent",
                                "already sent",
                                "already declared",
                                "already_shipped",
                                "已发货")
                        : alreadyShippedPhrases);
        orderNotFoundCode = orderNotFoundCode == null ? "ORDER_NOT_FOUND" : orderNotFoundCode;
        if (dataDelay.isNegative() || maxBanWait.isNegative()) {
            throw new IllegalArgumentException("dataDelay and maxBanWait must not be negative");
        }
        if (maxWindow.compareTo(Duration.ofHours(2)) < 0) {
            throw new IllegalArgumentException("maxWindow must be at least two hours: " + maxWindow);
        }
        if (maxShipmentEdits < 0) {
            throw new IllegalArgumentException("maxShipmentEdits must not be negative");
        }
    }

    /**
     * Production defaults: {@link #DEFAULT_CALLS}, bans honoured up to 60 s, a minute's data delay, one-day
     * slices, 2 tracking edits within 5 days.
     */
    public static AliExpressProperties defaults() {
        return new AliExpressProperties(null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public AliExpressProperties withCalls(CallSettings settings) {
        return copy(settings, maxBanWait, maxShipmentEdits, shipmentEditPeriod);
    }

    /** The same settings with another retry policy (tests use a few milliseconds). */
    public AliExpressProperties withRetry(int attempts, Duration initial, Duration max, Duration banWait) {
        return copy(calls.withRetry(attempts, initial, max), banWait, maxShipmentEdits, shipmentEditPeriod);
    }

    /** The same settings with another longest ban the client waits out. */
    public AliExpressProperties withMaxBanWait(Duration wait) {
        return copy(calls, wait, maxShipmentEdits, shipmentEditPeriod);
    }

    /** The same settings with other tracking-number edit limits. */
    public AliExpressProperties withShipmentEditLimits(int edits, Duration period) {
        return copy(calls, maxBanWait, edits, period);
    }

    /** A copy with what the copies above change. */
    private AliExpressProperties copy(
            CallSettings calls, Duration maxBanWait, Integer maxShipmentEdits, Duration shipmentEditPeriod) {
        return new AliExpressProperties(
                calls,
                maxBanWait,
                dataDelay,
                maxWindow,
                platformZone,
                throttleCode,
                banPattern,
                maxShipmentEdits,
                shipmentEditPeriod,
                alreadyShippedPhrases,
                orderNotFoundCode);
    }

    /** How long one list query may span as we send it: an hour under the maximum (DST widening). */
    Duration sliceLength() {
        return maxWindow.minusHours(1);
    }
}
