package io.junction.logistics;

import io.junction.outbox.OutboxRelays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

/** The weight-update outbox's relay on a poller. Several nodes may run it (see {@link io.junction.outbox.OutboxRelay}). */
@Configuration(proxyBeanMethods = false)
public class WeightUpdateRelayConfiguration {

    @Bean
    IntegrationFlow weightUpdateRelay(WeightUpdateService weights, OutboxRelays relays) {
        return relays.flow(weights.relay(), WeightUpdateService.SETTINGS);
    }
}
