package io.junction.logistics;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;

/**
 * The parcel-cancellation relay as a Spring Integration flow, shaped like the write-back relay: a
 * poller claims due cancellations, a splitter hands each to the service that carries it out.
 * Several nodes may run it; SKIP LOCKED and the claim lease keep them from sending the same row.
 */
@Configuration(proxyBeanMethods = false)
public class ParcelCancellationRelayConfiguration {

    @Bean
    IntegrationFlow parcelCancellationRelay(ParcelCancellationService cancellations,
            @Value("${junction.parcel-cancellation.poll-interval:PT5S}") Duration interval,
            @Value("${junction.parcel-cancellation.batch-size:50}") int batchSize,
            @Value("${junction.parcel-cancellation.relay-enabled:true}") boolean enabled) {
        return IntegrationFlow.fromSupplier(() -> cancellations.claimDue(batchSize),
                        source -> source.poller(Pollers.fixedDelay(interval)).autoStartup(enabled))
                .split()
                .handle(ParcelCancellation.class, (entry, headers) -> {
                    cancellations.cancel(entry);
                    return null;
                })
                .get();
    }
}
