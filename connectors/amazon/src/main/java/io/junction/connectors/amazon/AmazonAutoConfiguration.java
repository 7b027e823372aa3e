package io.junction.connectors.amazon;

import io.junction.ratelimit.CallQuota;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The Amazon connector, with its settings ({@link AmazonProperties}) from {@code junction.connectors.amazon.*}. */
@AutoConfiguration
@EnableConfigurationProperties(AmazonProperties.class)
public class AmazonAutoConfiguration {

    @Bean
    AmazonConnector amazonConnector(AmazonProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        return new AmazonConnector(properties, http, clock, quota);
    }
}
