package io.junction.job;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;

/**
 * The job runner on a poller: every node runs it, and each job is claimed by one node at a time (see
 * {@link JobService}).
 */
@Configuration(proxyBeanMethods = false)
public class JobRunnerConfiguration {

    @Bean
    IntegrationFlow jobRunner(
            JobService jobs,
            @Value("${junction.jobs.poll-interval:PT0.5S}") Duration interval,
            @Value("${junction.jobs.runner-enabled:true}") boolean enabled) {
        return IntegrationFlow.fromSupplier(
                        () -> {
                            jobs.runDue();
                            return null;
                        },
                        source -> source.poller(Pollers.fixedDelay(interval)).autoStartup(enabled))
                .nullChannel();
    }
}
