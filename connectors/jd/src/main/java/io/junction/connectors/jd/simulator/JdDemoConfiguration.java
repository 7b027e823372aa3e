package io.junction.connectors.jd.simulator;

import io.junction.connectors.jd.JdConnector;
import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoMarketplaceRegistrar;
import io.junction.logistics.MarketplaceCarrier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** In demo mode, a JD simulator runs in-process and is the demo's JD marketplace. */
@AutoConfiguration
@ConditionalOnDemoMode
@Import(JdDemoConfiguration.JdDemoMarketplace.class)
public class JdDemoConfiguration {

    /** The simulator and the demo shop that reads it. */
    static final class JdDemoMarketplace extends DemoMarketplaceRegistrar<JdSimulator> {

        JdDemoMarketplace() {
            super(
                    JdSimulator.class,
                    JdSimulator::new,
                    JdConnector.PLATFORM,
                    "Demo JD 京东店",
                    // how the marketplace names YunExpress is a demo value: the platform publishes its own list
                    new MarketplaceCarrier("1327", "云途物流"));
        }
    }
}
