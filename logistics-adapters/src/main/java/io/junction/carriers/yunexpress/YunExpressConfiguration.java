package io.junction.carriers.yunexpress;

import io.junction.carriers.kit.CarrierQuota;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The YunExpress adapter, with its settings ({@link YunExpressProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(YunExpressProperties.class)
public class YunExpressConfiguration {

    @Bean
    YunExpressCarrierAdapter yunExpressCarrierAdapter(
            YunExpressProperties properties, OkHttpClient http, CarrierQuota quota) {
        return new YunExpressCarrierAdapter(properties, http, quota);
    }
}
