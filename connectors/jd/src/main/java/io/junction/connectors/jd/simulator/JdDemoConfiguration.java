package io.junction.connectors.jd.simulator;

import io.junction.connectors.jd.JdConnector;
import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoMarketplace;
import io.junction.logistics.MarketplaceCarrier;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In demo mode, a JD simulator runs in-process and is the demo's JD marketplace. A new seed per
 * start keeps order ids from colliding with those of an earlier run in the same database.
 */
@AutoConfiguration
@ConditionalOnDemoMode
public class JdDemoConfiguration {

    @Bean(destroyMethod = "stop")
    JdSimulator jdSimulator(Clock clock) {
        return new JdSimulator(clock, System.nanoTime()).start();
    }

    @Bean
    DemoMarketplace jdDemoMarketplace(JdSimulator simulator) {
        // how the marketplace names YunExpress is a demo value: the platform publishes its own list
        return new DemoMarketplace(
                JdConnector.PLATFORM, "Demo JD 京东店", new MarketplaceCarrier("1327", "云途物流"), simulator);
    }
}
