package io.junction.web.integration;

import io.junction.carriers.yunexpress.YunExpressCarrierAdapter;
import io.junction.carriers.yunexpress.YunExpressProperties;
import io.junction.connectors.aliexpress.AliExpressConnector;
import io.junction.connectors.aliexpress.AliExpressProperties;
import io.junction.connectors.amazon.AmazonConnector;
import io.junction.connectors.amazon.AmazonProperties;
import io.junction.connectors.jd.JdConnector;
import io.junction.connectors.jd.JdProperties;
import io.junction.connectors.taobao.TaobaoConnector;
import io.junction.connectors.taobao.TaobaoProperties;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One bean per marketplace connector and per carrier adapter. Adding a platform or a carrier adds
 * one bean here and nothing in sync-core.
 */
@Configuration(proxyBeanMethods = false)
public class IntegrationConfiguration {

    /** One connection pool for every integration; each client sets its own time-outs on a derived client. */
    @Bean(destroyMethod = "")
    OkHttpClient okHttpClient() {
        return new OkHttpClient.Builder().build();
    }

    @Bean
    AmazonConnector amazonConnector(OkHttpClient http, Clock clock) {
        return new AmazonConnector(AmazonProperties.defaults(), http, clock);
    }

    @Bean
    AliExpressConnector aliExpressConnector(OkHttpClient http, Clock clock) {
        return new AliExpressConnector(AliExpressProperties.defaults(), http, clock);
    }

    @Bean
    TaobaoConnector taobaoConnector(OkHttpClient http, Clock clock) {
        return new TaobaoConnector(TaobaoProperties.defaults(), http, clock);
    }

    @Bean
    JdConnector jdConnector(OkHttpClient http, Clock clock) {
        return new JdConnector(JdProperties.defaults(), http, clock);
    }

    @Bean
    YunExpressCarrierAdapter yunExpressCarrierAdapter(OkHttpClient http) {
        return new YunExpressCarrierAdapter(YunExpressProperties.defaults(), http);
    }
}
