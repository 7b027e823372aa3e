package io.junction.carriers.kit;

import io.junction.ratelimit.CallQuota;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits every carrier's calls share across nodes ({@link CarrierCallLimits}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CarrierCallLimits.class)
public class CarrierKitConfiguration {

    @Bean
    CarrierQuota carrierQuota(CallQuota callQuota, CarrierCallLimits limits) {
        return new CarrierQuota(callQuota, limits);
    }
}
