package io.junction.carriers.fourpx;

import io.junction.carriers.kit.CarrierQuota;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 4PX adapter, with its settings ({@link FourPxProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FourPxProperties.class)
public class FourPxConfiguration {

    @Bean
    FourPxCarrierAdapter fourPxCarrierAdapter(FourPxProperties properties, OkHttpClient http, CarrierQuota quota) {
        return new FourPxCarrierAdapter(properties, http, Clock.systemUTC(), quota);
    }
}
