package io.junction.connectors.taobao.simulator;

import io.junction.connectors.taobao.TaobaoConnector;
import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoMarketplaceRegistrar;
import io.junction.logistics.MarketplaceCarrier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** In demo mode, a Taobao simulator runs in-process and is the demo's Taobao marketplace. */
@AutoConfiguration
@ConditionalOnDemoMode
@Import(TaobaoDemoConfiguration.TaobaoDemoMarketplace.class)
public class TaobaoDemoConfiguration {

    /** The simulator and the demo shop that reads it. */
    static final class TaobaoDemoMarketplace extends DemoMarketplaceRegistrar<TaobaoSimulator> {

        TaobaoDemoMarketplace() {
            super(
                    TaobaoSimulator.class,
                    TaobaoSimulator::new,
                    TaobaoConnector.PLATFORM,
                    "Demo Taobao 淘宝店",
                    // how the marketplace names YunExpress is a demo value: the platform publishes its own list
                    new MarketplaceCarrier("YUNEXPRESS", "云途物流"));
        }
    }
}
