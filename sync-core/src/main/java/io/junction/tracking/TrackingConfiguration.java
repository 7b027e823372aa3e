package io.junction.tracking;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Binds {@link TrackingProperties} and runs the tracking poll's relay on a poller. Several nodes may run it (see
 * {@link io.junction.outbox.OutboxRelay}): each parcel is claimed by one at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrackingProperties.class)
class TrackingConfiguration {

    @Bean
    IntegrationFlow trackingPollRelay(TrackingService tracking, TrackingProperties settings) {
        return tracking.relay().flow(settings.relayInterval(), settings.batchSize(), settings.relayEnabled());
    }
}
