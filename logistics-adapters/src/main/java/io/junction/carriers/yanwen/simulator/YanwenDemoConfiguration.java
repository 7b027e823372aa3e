package io.junction.carriers.yanwen.simulator;

import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoCarrier;
import io.junction.logistics.MarketplaceCarrier;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** In demo mode, a Yanwen simulator runs in-process and is one of the demo's carriers (after YunExpress). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDemoMode
public class YanwenDemoConfiguration {

    @Bean(destroyMethod = "stop")
    YanwenSimulator yanwenSimulator() {
        // numbers from a block of its own, so that a restarted demo does not repeat the numbers it stored
        return new YanwenSimulator(System.nanoTime(), Clock.systemUTC()).start();
    }

    @Bean
    @Order(30)
    DemoCarrier yanwenDemoCarrier(YanwenSimulator simulator) {
        return new DemoCarrier(
                "Yanwen (simulator)",
                "YW-481",
                "Yanwen Special Line (481)",
                new MarketplaceCarrier("Yanwen", "Yanwen"),
                simulator);
    }
}
