package io.junction.connectors.aliexpress;

import io.junction.ratelimit.CallQuota;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The AliExpress connector, with its settings ({@link AliExpressProperties}). */
@AutoConfiguration
@EnableConfigurationProperties(AliExpressProperties.class)
public class AliExpressAutoConfiguration {

    @Bean
    AliExpressConnector aliExpressConnector(
            AliExpressProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        return new AliExpressConnector(properties, http, clock, quota);
    }
}
