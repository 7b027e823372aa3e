package io.junction.carriers.fourpx.simulator;

import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoCarrier;
import io.junction.logistics.MarketplaceCarrier;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** In demo mode, a 4PX simulator runs in-process and is one of the demo's carriers (after YunExpress). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDemoMode
public class FourPxDemoConfiguration {

    @Bean(destroyMethod = "stop")
    FourPxSimulator fourPxSimulator() {
        // numbers from a block of its own, so that a restarted demo does not repeat the numbers it stored
        return new FourPxSimulator(System.nanoTime(), Clock.systemUTC()).start();
    }

    @Bean
    @Order(20)
    DemoCarrier fourPxDemoCarrier(FourPxSimulator simulator) {
        return new DemoCarrier(
                "4PX (simulator)", "4PX-A1", "4PX Global Parcel (A1)", new MarketplaceCarrier("4PX", "4PX"), simulator);
    }
}
