package io.junction.connectors.kit;

import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.DatabaseCallQuota;
import io.junction.ratelimit.QuotaObserver;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What every marketplace connector and carrier adapter shares: one HTTP connection pool and one call
 * quota. Each connector's and carrier's own auto-configuration takes them.
 */
@AutoConfiguration
public class ConnectorKitAutoConfiguration {

    /** One connection pool for every integration; each client sets its own time-outs on a derived client. */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    OkHttpClient okHttpClient() {
        return new OkHttpClient.Builder().build();
    }

    /**
     * The rate limits every node shares: Bucket4j buckets in {@code chn_rate_limit_bucket}. A call
     * waits for its turn at most {@code junction.rate-limits.max-wait}, then is refused unsent, so
     * that one throttled shop never holds a sync thread the other shops need. Each wait and refusal is
     * told to the {@link QuotaObserver}, when there is one (web-admin's metrics).
     */
    @Bean
    @ConditionalOnMissingBean
    CallQuota callQuota(
            DataSource dataSource,
            Clock clock,
            @Value("${junction.rate-limits.max-wait:PT5S}") Duration maxWait,
            ObjectProvider<QuotaObserver> observer) {
        DatabaseCallQuota quota = new DatabaseCallQuota(dataSource, clock, maxWait);
        QuotaObserver metrics = observer.getIfUnique();
        return metrics == null ? quota : quota.observedBy(metrics);
    }
}
