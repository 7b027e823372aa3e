package io.junction.connectors.aliexpress.simulator;

import io.junction.connectors.aliexpress.AliExpressConnector;
import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoMarketplace;
import io.junction.logistics.MarketplaceCarrier;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In demo mode, a AliExpress simulator runs in-process and is the demo's AliExpress marketplace. A new seed per
 * start keeps order ids from colliding with those of an earlier run in the same database.
 */
@AutoConfiguration
@ConditionalOnDemoMode
public class AliExpressDemoConfiguration {

    @Bean(destroyMethod = "stop")
    AliExpressSimulator aliExpressSimulator(Clock clock) {
        return new AliExpressSimulator(clock, System.nanoTime()).start();
    }

    @Bean
    DemoMarketplace aliExpressDemoMarketplace(AliExpressSimulator simulator) {
        return new DemoMarketplace(
                AliExpressConnector.PLATFORM,
                "Demo AliExpress Store",
                new MarketplaceCarrier("YUNEXPRESS", "YunExpress"),
                simulator);
    }
}
