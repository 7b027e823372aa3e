package io.junction.connectors.taobao.simulator;

import io.junction.connectors.taobao.TaobaoConnector;
import io.junction.demo.ConditionalOnDemoMode;
import io.junction.demo.DemoMarketplace;
import io.junction.logistics.MarketplaceCarrier;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In demo mode, a Taobao simulator runs in-process and is the demo's Taobao marketplace. A new seed per
 * start keeps order ids from colliding with those of an earlier run in the same database.
 */
@AutoConfiguration
@ConditionalOnDemoMode
public class TaobaoDemoConfiguration {

    @Bean(destroyMethod = "stop")
    TaobaoSimulator taobaoSimulator(Clock clock) {
        return new TaobaoSimulator(clock, System.nanoTime()).start();
    }

    @Bean
    DemoMarketplace taobaoDemoMarketplace(TaobaoSimulator simulator) {
        // how the marketplace names YunExpress is a demo value: the platform publishes its own list
        return new DemoMarketplace(
                TaobaoConnector.PLATFORM, "Demo Taobao 淘宝店", new MarketplaceCarrier("YUNEXPRESS", "云途物流"), simulator);
    }
}
