package io.junction.web.integration;

import io.junction.carriers.yunexpress.YunExpressCarrierAdapter;
import io.junction.carriers.yunexpress.YunExpressProperties;
import io.junction.connectors.aliexpress.AliExpressConnector;
import io.junction.connectors.aliexpress.AliExpressProperties;
import io.junction.connectors.amazon.AmazonConnector;
import io.junction.connectors.amazon.AmazonProperties;
import io.junction.connectors.jd.JdConnector;
import io.junction.connectors.jd.JdProperties;
import io.junction.connectors.taobao.TaobaoConnector;
import io.junction.connectors.taobao.TaobaoProperties;
import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.DatabaseCallQuota;
import io.junction.ratelimit.UsagePlan;
import io.junction.web.metrics.RateLimitMetrics;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One bean per marketplace connector and per carrier adapter. Adding a platform or a carrier adds
 * one bean here and nothing in sync-core.
 *
 * <p>Every connector takes its calls from one {@link CallQuota} on the shared database, so that all
 * nodes together honour each seller account's rate limits. Amazon's plans are settings
 * ({@code junction.rate-limits.amazon.*}, {@code rate/burst}) because sellers may be granted more
 * than Amazon's defaults; the demo profile raises searchOrders to its simulator's quota.
 */
@Configuration(proxyBeanMethods = false)
public class IntegrationConfiguration {

    /** One connection pool for every integration; each client sets its own time-outs on a derived client. */
    @Bean(destroyMethod = "")
    OkHttpClient okHttpClient() {
        return new OkHttpClient.Builder().build();
    }

    /**
     * The rate limits every node shares: Bucket4j buckets in {@code chn_rate_limit_bucket}. A call
     * waits for its turn at most {@code junction.rate-limits.max-wait}, then is refused unsent, so
     * that one throttled shop never holds a sync thread the other shops need. Each wait and refusal is
     * a metric ({@link RateLimitMetrics}).
     */
    @Bean
    CallQuota callQuota(DataSource dataSource, Clock clock,
            @Value("${junction.rate-limits.max-wait:PT5S}") Duration maxWait, RateLimitMetrics metrics) {
        return new DatabaseCallQuota(dataSource, clock, maxWait).observedBy(metrics);
    }

    @Bean
    AmazonConnector amazonConnector(OkHttpClient http, Clock clock, CallQuota quota,
            @Value("${junction.rate-limits.amazon.search-orders:0.0056/20}") String searchOrders,
            @Value("${junction.rate-limits.amazon.get-order:0.5/30}") String getOrder,
            @Value("${junction.rate-limits.amazon.confirm-shipment:2/10}") String confirmShipment) {
        AmazonProperties properties = AmazonProperties.defaults()
                .withUsagePlan(AmazonProperties.SEARCH_ORDERS, UsagePlan.parse(searchOrders))
                .withUsagePlan(AmazonProperties.GET_ORDER, UsagePlan.parse(getOrder))
                .withUsagePlan(AmazonProperties.CONFIRM_SHIPMENT, UsagePlan.parse(confirmShipment));
        return new AmazonConnector(properties, http, clock, quota);
    }

    @Bean
    AliExpressConnector aliExpressConnector(OkHttpClient http, Clock clock, CallQuota quota) {
        return new AliExpressConnector(AliExpressProperties.defaults(), http, clock, quota);
    }

    @Bean
    TaobaoConnector taobaoConnector(OkHttpClient http, Clock clock, CallQuota quota) {
        return new TaobaoConnector(TaobaoProperties.defaults(), http, clock, quota);
    }

    @Bean
    JdConnector jdConnector(OkHttpClient http, Clock clock, CallQuota quota) {
        return new JdConnector(JdProperties.defaults(), http, clock, quota);
    }

    @Bean
    YunExpressCarrierAdapter yunExpressCarrierAdapter(OkHttpClient http) {
        return new YunExpressCarrierAdapter(YunExpressProperties.defaults(), http);
    }
}
