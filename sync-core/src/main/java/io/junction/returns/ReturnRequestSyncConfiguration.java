package io.junction.returns;

import io.junction.outbox.Polling;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Reads the platforms' return requests on a poller. Several nodes may run it: a request makes its return once
 * (see {@link ReturnRequestSync}).
 */
@Configuration(proxyBeanMethods = false)
public class ReturnRequestSyncConfiguration {

    @Bean
    IntegrationFlow returnRequestPoller(
            ReturnRequestSync sync,
            @Value("${junction.return-sync.interval:PT5M}") Duration interval,
            @Value("${junction.return-sync.enabled:true}") boolean enabled) {
        return Polling.every(interval, enabled, sync::pullAll);
    }
}
