package io.junction.connectors.amazon.simulator;

import io.junction.connectors.amazon.AmazonConnector;
import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoMarketplace;
import io.junction.logistics.MarketplaceCarrier;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In demo mode, a Amazon simulator runs in-process and is the demo's Amazon marketplace. A new seed per
 * start keeps order ids from colliding with those of an earlier run in the same database.
 */
@AutoConfiguration
@ConditionalOnDemoMode
public class AmazonDemoConfiguration {

    @Bean(destroyMethod = "stop")
    AmazonSimulator amazonSimulator(Clock clock) {
        return new AmazonSimulator(clock, System.nanoTime()).start();
    }

    @Bean
    DemoMarketplace amazonDemoMarketplace(AmazonSimulator simulator) {
        return new DemoMarketplace(
                AmazonConnector.PLATFORM,
                "Demo Amazon US",
                new MarketplaceCarrier("Yun Express", "YunExpress"),
                simulator);
    }
}
