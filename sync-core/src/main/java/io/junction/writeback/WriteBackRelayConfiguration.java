package io.junction.writeback;

import io.junction.outbox.OutboxRelays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

/** The write-back outbox's relay on a poller. Several nodes may run it (see {@link io.junction.outbox.OutboxRelay}). */
@Configuration(proxyBeanMethods = false)
public class WriteBackRelayConfiguration {

    @Bean
    IntegrationFlow writeBackRelay(WriteBackService writeBack, OutboxRelays relays) {
        return relays.flow(writeBack.relay(), WriteBackService.SETTINGS);
    }
}
