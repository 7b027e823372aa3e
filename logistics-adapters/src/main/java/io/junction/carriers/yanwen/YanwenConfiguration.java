package io.junction.carriers.yanwen;

import io.junction.carriers.kit.CarrierQuota;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Yanwen adapter, with its settings ({@link YanwenProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(YanwenProperties.class)
public class YanwenConfiguration {

    @Bean
    YanwenCarrierAdapter yanwenCarrierAdapter(YanwenProperties properties, OkHttpClient http, CarrierQuota quota) {
        return new YanwenCarrierAdapter(properties, http, Clock.systemUTC(), quota);
    }
}
