package io.junction.logistics;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

/** The weight-update outbox's relay on a poller. Several nodes may run it (see {@link io.junction.outbox.OutboxRelay}). */
@Configuration(proxyBeanMethods = false)
public class WeightUpdateRelayConfiguration {

    @Bean
    IntegrationFlow weightUpdateRelay(
            WeightUpdateService weights,
            @Value("${junction.weight-update.poll-interval:PT5S}") Duration interval,
            @Value("${junction.weight-update.batch-size:50}") int batchSize,
            @Value("${junction.weight-update.relay-enabled:true}") boolean enabled) {
        return weights.relay().flow(WeightUpdate.class, interval, batchSize, enabled);
    }
}
