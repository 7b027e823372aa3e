package io.junction.job;

import io.junction.outbox.Polling;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

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
        return Polling.every(interval, enabled, jobs::runDue);
    }
}
