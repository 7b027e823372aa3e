package io.junction.connectors.amazon.simulator;

import io.junction.connectors.amazon.AmazonConnector;
import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoMarketplaceRegistrar;
import io.junction.logistics.MarketplaceCarrier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** In demo mode, an Amazon simulator runs in-process and is the demo's Amazon marketplace. */
@AutoConfiguration
@ConditionalOnDemoMode
@Import(AmazonDemoConfiguration.AmazonDemoMarketplace.class)
public class AmazonDemoConfiguration {

    /** The simulator and the demo shop that reads it. */
    static final class AmazonDemoMarketplace extends DemoMarketplaceRegistrar<AmazonSimulator> {

        AmazonDemoMarketplace() {
            super(
                    AmazonSimulator.class,
                    AmazonSimulator::new,
                    AmazonConnector.PLATFORM,
                    "Demo Amazon US",
                    new MarketplaceCarrier("Yun Express", "YunExpress"));
        }
    }
}
