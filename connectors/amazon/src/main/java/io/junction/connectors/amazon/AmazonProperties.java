package io.junction.connectors.amazon;

import io.junction.connectors.kit.CallSettings;
import io.junction.connectors.kit.ConnectorProperties;
import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Amazon connector ({@code junction.connectors.amazon.*}); whatever is left out takes
 * its default ({@link #defaults()}).
 *
 * @param calls time-outs, retries, overlap, page size ({@code maxResultsPerPage}, at most 100) and
 *     Amazon's usage plan per operation ({@code searchOrders}, {@code getOrder}, {@code confirmShipment}),
 *     which seeds each seller account's shared bucket; a seller may have been granted more, and
 *     {@code x-amzn-RateLimit-Limit} adjusts the rate when Amazon sends it
 * @param alreadyShippedPhrases words in an error's message or details by which Amazon says a package or
 *     order was already confirmed, which makes the confirmation a success. UNCONFIRMED: Amazon publishes
 *     no code for this case; it answers {@code InvalidInput} (or {@code GeneralError}) with a message
 */
@ConfigurationProperties("junction.connectors.amazon")
public record AmazonProperties(CallSettings calls, List<String> alreadyShippedPhrases)
        implements ConnectorProperties<AmazonProperties> {

    /** Operation names, as Amazon's usage plans name them. */
    public static final String SEARCH_ORDERS = "searchOrders";

    public static final String GET_ORDER = "getOrder";
    public static final String CONFIRM_SHIPMENT = "confirmShipment";

    /** Amazon's largest {@code maxResultsPerPage}. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Amazon's default usage plans: searchOrders 0.0056/s burst 20, getOrder 0.5/30, confirmShipment 2/10. */
    public static final UsagePlans DEFAULT_USAGE_PLANS = new UsagePlans(
            Map.of(
                    SEARCH_ORDERS, new UsagePlan(0.0056, 20),
                    GET_ORDER, new UsagePlan(0.5, 30),
                    CONFIRM_SHIPMENT, new UsagePlan(2, 10)),
            new UsagePlan(0.5, 10));

    /** Production defaults: 4 attempts from 1 s doubling to 30 s, a 10-minute overlap, Amazon's default plans. */
    public static final CallSettings DEFAULT_CALLS = CallSettings.productionDefaults(
            "Junction/0.1 (Language=Java/17)", Duration.ofMinutes(10), MAX_PAGE_SIZE, DEFAULT_USAGE_PLANS);

    public AmazonProperties {
        calls = CallSettings.completed(calls, DEFAULT_CALLS);
        alreadyShippedPhrases = List.copyOf(
                alreadyShippedPhrases == null
                        ? List.of("already been shipped", "already shipped", "already fulfilled", "already confirmed")
                        : alreadyShippedPhrases);
        if (calls.userAgent() == null || calls.pageSize() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Amazon needs a user agent and at most 100 orders a page");
        }
    }

    /** The production defaults. */
    public static AmazonProperties defaults() {
        return new AmazonProperties(DEFAULT_CALLS, null);
    }

    /** Amazon serves data at least {@link AmazonConnector#DATA_DELAY} old, whatever the settings. */
    @Override
    public Duration dataDelay() {
        return AmazonConnector.DATA_DELAY;
    }

    @Override
    public AmazonProperties withCalls(CallSettings settings) {
        return new AmazonProperties(settings, alreadyShippedPhrases);
    }

    /** The same settings with another usage plan for {@code operation} (a seller's granted limit, or tests). */
    public AmazonProperties withUsagePlan(String operation, UsagePlan plan) {
        return withCalls(calls.withUsagePlans(calls.usagePlans().with(operation, plan)));
    }
}
