package io.junction.web.demo;

import io.junction.carriers.yunexpress.simulator.YunExpressSimulator;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the marketplace and carrier simulators in-process when demo mode is on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoProperties.class)
public class DemoConfiguration {

    @Bean(destroyMethod = "stop")
    AmazonSimulator amazonSimulator(Clock clock, DemoProperties demo) {
        // A new seed per start: order ids never collide with those of an earlier run in the same database.
        AmazonSimulator simulator = new AmazonSimulator(clock, System.nanoTime()).start();
        if (demo.backlog() > 0) {
            simulator.seedBacklog(demo.backlog(), Duration.ofHours(6));
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
}
