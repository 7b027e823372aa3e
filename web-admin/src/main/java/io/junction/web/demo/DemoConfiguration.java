package io.junction.web.demo;

import io.junction.carriers.yunexpress.simulator.YunExpressSimulator;
import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.connectors.jd.simulator.JdSimulator;
import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import io.junction.sku.WarehouseSku;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    @Bean(destroyMethod = "stop")
    AmazonSimulator amazonSimulator(Clock clock, DemoProperties demo) {
        AmazonSimulator simulator = new AmazonSimulator(clock, System.nanoTime()).catalogue(catalogue()).start();
        if (demo.backlog() > 0) {
            simulator.seedBacklog(demo.backlog(), BACKLOG_SPREAD);
        }
        if (!demo.newOrderEvery().isZero()) {
            simulator.generateOrdersEvery(demo.newOrderEvery());
        }
        return simulator;
    }

    @Bean(destroyMethod = "stop")
    AliExpressSimulator aliExpressSimulator(Clock clock, DemoProperties demo) {
        AliExpressSimulator simulator = new AliExpressSimulator(clock, System.nanoTime()).catalogue(catalogue()).start();
        if (demo.backlog() > 0) {
            simulator.seedBacklog(demo.backlog(), BACKLOG_SPREAD);
        }
        if (!demo.newOrderEvery().isZero()) {
            simulator.generateOrdersEvery(demo.newOrderEvery());
        }
        return simulator;
    }

    @Bean(destroyMethod = "stop")
    TaobaoSimulator taobaoSimulator(Clock clock, DemoProperties demo) {
        TaobaoSimulator simulator = new TaobaoSimulator(clock, System.nanoTime()).catalogue(catalogue()).start();
        if (demo.backlog() > 0) {
            simulator.seedBacklog(demo.backlog(), BACKLOG_SPREAD);
        }
        if (!demo.newOrderEvery().isZero()) {
            simulator.generateOrdersEvery(demo.newOrderEvery());
        }
        return simulator;
    }

    @Bean(destroyMethod = "stop")
    JdSimulator jdSimulator(Clock clock, DemoProperties demo) {
        JdSimulator simulator = new JdSimulator(clock, System.nanoTime()).catalogue(catalogue()).start();
        if (demo.backlog() > 0) {
            simulator.seedBacklog(demo.backlog(), BACKLOG_SPREAD);
        }
        if (!demo.newOrderEvery().isZero()) {
            simulator.generateOrdersEvery(demo.newOrderEvery());
        }
        return simulator;
    }

    @Bean(destroyMethod = "stop")
    YunExpressSimulator yunExpressSimulator() {
        return new YunExpressSimulator().start();
    }

    private static List<String> catalogue() {
        return DemoSeeder.CATALOGUE.stream().map(WarehouseSku::sku).toList();
    }
}
