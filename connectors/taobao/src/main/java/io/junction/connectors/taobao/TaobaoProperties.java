package io.junction.connectors.taobao;

import io.junction.channel.PlatformState;
import io.junction.connectors.kit.CallSettings;
import io.junction.connectors.kit.ConnectorProperties;
import io.junction.connectors.kit.ShipByRule;
import io.junction.ratelimit.UsagePlans;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Taobao connector ({@code junction.connectors.taobao.*}); whatever is left out takes the
 * defaults of {@link #defaults()}.
 *
 * @param calls time-outs, retries (a throttling ban is waited out as TOP says, up to {@code maxBanWait}),
 *     the overlap (TOP's list lags about 10 minutes on peak days: Double 11, 618), {@code page_size} (at
 *     most 100) and the call quota per method, which seeds each seller account's shared bucket
 *     (UNCONFIRMED: the platform publishes no per-method figures we could verify). Taobao sends no user agent.
 * @param maxBanWait the longest "This ban will last for N more seconds" the client sits out itself;
 *     a longer ban ends the call as throttled, and the sync or write-back tries again later
 * @param dataDelay how far behind now the newest queried "modified" bound stays. UNCONFIRMED: TOP
 *     documents no delay; one minute absorbs clock skew with the gateway
 * @param subWindow the length of one {@code start_modified..end_modified} query; TOP allows at most
 *     one day and recommends 30 minutes
 * @param fullInfoStates trades in these states are completed with {@code taobao.trade.fullinfo.get}
 *     (buyer note, country), since the list does not carry those fields
 * @param alreadyShippedSubCodes {@code sub_code}s by which {@code taobao.logistics.offline.send}
 *     says the trade was already consigned. UNCONFIRMED: TOP documents no single code for it
 * @param alreadyShippedPhrases words by which {@code taobao.logistics.offline.send} says a trade is already
 *     consigned, for sub codes not listed above. UNCONFIRMED
 * @param tradeNotExistSubCode the {@code sub_code} of {@code taobao.trade.fullinfo.get} for a tid the seller
 *     does not have (UNCONFIRMED: TOP documents it for other trade APIs)
 * @param shipBy where a trade's ship-by deadline comes from: the promised ship time among
 *     {@code promisedFields} if the trade carries one (UNCONFIRMED: {@code consign_due_time},
 *     {@code delivery_time}, {@code est_con_time} such as "付款后3天内"; TOP documents no single field), else
 *     {@code afterPayment} after {@code pay_time} (UNCONFIRMED: 48 hours, Taobao's usual rule for goods in
 *     stock; a shop's own promise may differ)
 */
@ConfigurationProperties("junction.connectors.taobao")
public record TaobaoProperties(
        CallSettings calls,
        Duration maxBanWait,
        Duration dataDelay,
        Duration subWindow,
        Set<PlatformState> fullInfoStates,
        List<String> alreadyShippedSubCodes,
        List<String> alreadyShippedPhrases,
        String tradeNotExistSubCode,
        ShipByRule shipBy)
        implements ConnectorProperties<TaobaoProperties> {

    /** TOP's longest {@code start_modified..end_modified} window. */
    public static final Duration MAX_SUB_WINDOW = Duration.ofDays(1);

    /** TOP's largest {@code page_size}. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Default call quotas: TOP publishes no per-method plan (UNCONFIRMED, see {@link UsagePlans#UNPUBLISHED}). */
    public static final UsagePlans DEFAULT_USAGE_PLANS = UsagePlans.UNPUBLISHED;

    /** Production defaults: 4 attempts from 1 s doubling to 30 s, a 15-minute overlap, 100 trades a page. */
    public static final CallSettings DEFAULT_CALLS =
            CallSettings.productionDefaults(null, Duration.ofMinutes(15), MAX_PAGE_SIZE, DEFAULT_USAGE_PLANS);

    /** UNCONFIRMED: the promised-time fields tried in order, else 48 hours after payment. */
    public static final ShipByRule DEFAULT_SHIP_BY =
            new ShipByRule(List.of("consign_due_time", "delivery_time", "est_con_time"), Duration.ofHours(48));

    public TaobaoProperties {
        calls = CallSettings.completed(calls, DEFAULT_CALLS);
        maxBanWait = maxBanWait == null ? Duration.ofSeconds(60) : maxBanWait;
        dataDelay = dataDelay == null ? Duration.ofMinutes(1) : dataDelay;
        subWindow = subWindow == null ? Duration.ofMinutes(30) : subWindow;
        fullInfoStates = Set.copyOf(
                fullInfoStates == null
                        ? Set.of(PlatformState.READY_TO_SHIP, PlatformState.REFUND_REQUESTED)
                        : fullInfoStates);
        alreadyShippedSubCodes = List.copyOf(
                alreadyShippedSubCodes == null
                        ? List.of("isv.logistics-offline-service-error:B04")
                        : alreadyShippedSubCodes);
        alreadyShippedPhrases = List.copyOf(
                alreadyShippedPhrases == null
                        ? List.of("已发货", "already consigned", "already shipped", "already been shipped")
                        : alreadyShippedPhrases);
        tradeNotExistSubCode = tradeNotExistSubCode == null ? "isv.trade-not-exist" : tradeNotExistSubCode;
        shipBy = shipBy == null ? DEFAULT_SHIP_BY : shipBy;
        if (maxBanWait.isNegative() || dataDelay.isNegative()) {
            throw new IllegalArgumentException("maxBanWait and dataDelay must not be negative");
        }
        if (subWindow.getSeconds() < 1 || subWindow.compareTo(MAX_SUB_WINDOW) > 0) {
            throw new IllegalArgumentException("subWindow must be between 1 second and one day: " + subWindow);
        }
        if (calls.pageSize() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and 100: " + calls.pageSize());
        }
    }

    /**
     * Production defaults: {@link #DEFAULT_CALLS}, bans of up to a minute sat out, a minute's data delay,
     * 30-minute sub-windows.
     */
    public static TaobaoProperties defaults() {
        return new TaobaoProperties(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public TaobaoProperties withCalls(CallSettings settings) {
        return copy(settings, maxBanWait, subWindow, shipBy);
    }

    /** The same settings with another longest ban the client waits out. */
    public TaobaoProperties withMaxBanWait(Duration wait) {
        return copy(calls, wait, subWindow, shipBy);
    }

    /** The same settings with other sub-windows and page size. */
    public TaobaoProperties withPaging(Duration window, int size) {
        return copy(calls.withPageSize(size), maxBanWait, window, shipBy);
    }

    /** The same settings with another ship-by rule. */
    public TaobaoProperties withShipBy(ShipByRule rule) {
        return copy(calls, maxBanWait, subWindow, rule);
    }

    /** A copy with what the copies above change. */
    private TaobaoProperties copy(CallSettings calls, Duration maxBanWait, Duration subWindow, ShipByRule shipBy) {
        return new TaobaoProperties(
                calls,
                maxBanWait,
                dataDelay,
                subWindow,
                fullInfoStates,
                alreadyShippedSubCodes,
                alreadyShippedPhrases,
                tradeNotExistSubCode,
                shipBy);
    }
}
