package io.junction.logistics;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The parcel-cancellation outbox's relay on a poller. Several nodes may run it (see
 * {@link io.junction.outbox.OutboxRelay}).
 */
@Configuration(proxyBeanMethods = false)
public class ParcelCancellationRelayConfiguration {

    @Bean
    IntegrationFlow parcelCancellationRelay(
            ParcelCancellationService cancellations,
            @Value("${junction.parcel-cancellation.poll-interval:PT5S}") Duration interval,
            @Value("${junction.parcel-cancellation.batch-size:50}") int batchSize,
            @Value("${junction.parcel-cancellation.relay-enabled:true}") boolean enabled) {
        return cancellations.relay().flow(ParcelCancellation.class, interval, batchSize, enabled);
    }
}
