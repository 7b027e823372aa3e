package io.junction.connectors.taobao;

import io.junction.ratelimit.CallQuota;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The Taobao connector, with its settings ({@link TaobaoProperties}) from {@code junction.connectors.taobao.*}. */
@AutoConfiguration
@EnableConfigurationProperties(TaobaoProperties.class)
public class TaobaoAutoConfiguration {

    @Bean
    TaobaoConnector taobaoConnector(TaobaoProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        return new TaobaoConnector(properties, http, clock, quota);
    }
}
