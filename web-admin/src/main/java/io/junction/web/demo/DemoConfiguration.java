package io.junction.web.demo;

import io.junction.carriers.yunexpress.simulator.YunExpressSimulator;
import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.connectors.jd.simulator.JdSimulator;
import io.junction.simulator.SimulatedMarketplace;
import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import io.junction.sku.WarehouseSku;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts one simulator per marketplace and the carrier's simulator in-process when demo mode is on.
 * Each marketplace sells the demo catalogue, already has a few hours of orders, and takes new ones.
 * A new seed per start keeps order ids from colliding with those of an earlier run in the same database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoProperties.class)
public class DemoConfiguration {

    private static final Duration BACKLOG_SPREAD = Duration.ofHours(6);

    /** The demo's database folder, and the key beside it, readable by the demo's user only. */
    @Bean
    static DemoDataFolder demoDataFolder(Environment environment) {
        return new DemoDataFolder(environment);
    }

    @Bean(destroyMethod = "stop")
    AmazonSimulator amazonSimulator(Clock clock, DemoProperties demo) {
        return selling(new AmazonSimulator(clock, System.nanoTime()).start(), demo);
    }

    @Bean(destroyMethod = "stop")
    AliExpressSimulator aliExpressSimulator(Clock clock, DemoProperties demo) {
        return selling(new AliExpressSimulator(clock, System.nanoTime()).start(), demo);
    }

    @Bean(destroyMethod = "stop")
    TaobaoSimulator taobaoSimulator(Clock clock, DemoProperties demo) {
        return selling(new TaobaoSimulator(clock, System.nanoTime()).start(), demo);
    }

    @Bean(destroyMethod = "stop")
    JdSimulator jdSimulator(Clock clock, DemoProperties demo) {
        return selling(new JdSimulator(clock, System.nanoTime()).start(), demo);
    }

    @Bean(destroyMethod = "stop")
    YunExpressSimulator yunExpressSimulator() {
        // numbers from a block of its own, so that a restarted demo does not repeat the tracking numbers it stored
        return new YunExpressSimulator(YunExpressSimulator.DEFAULT_CUSTOMER_CODE, YunExpressSimulator.DEFAULT_API_SECRET,
                System.nanoTime()).start();
    }

    /** The simulator sells the demo catalogue, has a few hours of orders already, and takes new ones. */
    private static <S extends SimulatedMarketplace> S selling(S simulator, DemoProperties demo) {
        simulator.catalogue(DemoSeeder.CATALOGUE.stream().map(WarehouseSku::sku).toList());
        if (demo.backlog() > 0) {
            simulator.seedBacklog(demo.backlog(), BACKLOG_SPREAD);
        }
        if (!demo.newOrderEvery().isZero()) {
            simulator.generateOrdersEvery(demo.newOrderEvery());
        }
        return simulator;
    }
}
