package io.junction.carriers.yunexpress.simulator;

import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoCarrier;
import io.junction.logistics.MarketplaceCarrier;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** In demo mode, a YunExpress simulator runs in-process and is the demo's carrier. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDemoMode
public class YunExpressDemoConfiguration {

    @Bean(destroyMethod = "stop")
    YunExpressSimulator yunExpressSimulator() {
        // numbers from a block of its own, so that a restarted demo does not repeat the tracking numbers it stored
        return new YunExpressSimulator(System.nanoTime(), Clock.systemUTC()).start();
    }

    /** First of the demo's carriers: the marketplaces name the first in their shipment confirmations. */
    @Bean
    @Order(10)
    DemoCarrier yunExpressDemoCarrier(YunExpressSimulator simulator) {
        return new DemoCarrier(
                "YunExpress (simulator)",
                "YUN-THPHR",
                "YunExpress Global Direct (THPHR)",
                new MarketplaceCarrier("Yun Express", "YunExpress"),
                simulator);
    }
}
