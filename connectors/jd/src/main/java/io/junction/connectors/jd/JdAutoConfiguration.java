package io.junction.connectors.jd;

import io.junction.ratelimit.CallQuota;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The JD connector, with its settings ({@link JdProperties}) from {@code junction.connectors.jd.*}. */
@AutoConfiguration
@EnableConfigurationProperties(JdProperties.class)
public class JdAutoConfiguration {

    @Bean
    JdConnector jdConnector(JdProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        return new JdConnector(properties, http, clock, quota);
    }
}
