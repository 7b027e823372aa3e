package io.junction.writeback;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;

/**
 * The outbox relay as a Spring Integration flow: a poller claims due confirmations, a splitter
 * hands each to the service that sends it. Several nodes may run it; SKIP LOCKED and the claim
 * lease keep them from sending the same row.
 */
@Configuration(proxyBeanMethods = false)
public class WriteBackRelayConfiguration {

    @Bean
    IntegrationFlow writeBackRelay(WriteBackService writeBack,
            @Value("${junction.write-back.poll-interval:PT5S}") Duration interval,
            @Value("${junction.write-back.batch-size:50}") int batchSize,
            @Value("${junction.write-back.relay-enabled:true}") boolean enabled) {
        return IntegrationFlow.fromSupplier(() -> writeBack.claimDue(batchSize),
                        source -> source.poller(Pollers.fixedDelay(interval)).autoStartup(enabled))
                .split()
                .handle(OutboxEntry.class, (entry, headers) -> {
                    writeBack.confirm(entry);
                    return null;
                })
                .get();
    }
}
