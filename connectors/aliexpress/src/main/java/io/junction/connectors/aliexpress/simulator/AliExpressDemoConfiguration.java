package io.junction.connectors.aliexpress.simulator;

import io.junction.connectors.aliexpress.AliExpressConnector;
import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoMarketplaceRegistrar;
import io.junction.logistics.MarketplaceCarrier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** In demo mode, an AliExpress simulator runs in-process and is the demo's AliExpress marketplace. */
@AutoConfiguration
@ConditionalOnDemoMode
@Import(AliExpressDemoConfiguration.AliExpressDemoMarketplace.class)
public class AliExpressDemoConfiguration {

    /** The simulator and the demo shop that reads it. */
    static final class AliExpressDemoMarketplace extends DemoMarketplaceRegistrar<AliExpressSimulator> {

        AliExpressDemoMarketplace() {
            super(
                    AliExpressSimulator.class,
                    AliExpressSimulator::new,
                    AliExpressConnector.PLATFORM,
                    "Demo AliExpress Store",
                    new MarketplaceCarrier("YUNEXPRESS", "YunExpress"));
        }
    }
}
