package io.junction.writeback;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

/** The write-back outbox's relay on a poller. Several nodes may run it (see {@link io.junction.outbox.OutboxRelay}). */
@Configuration(proxyBeanMethods = false)
public class WriteBackRelayConfiguration {

    @Bean
    IntegrationFlow writeBackRelay(
            WriteBackService writeBack,
            @Value("${junction.write-back.poll-interval:PT5S}") Duration interval,
            @Value("${junction.write-back.batch-size:50}") int batchSize,
            @Value("${junction.write-back.relay-enabled:true}") boolean enabled) {
        return writeBack.relay().flow(OutboxEntry.class, interval, batchSize, enabled);
    }
}
