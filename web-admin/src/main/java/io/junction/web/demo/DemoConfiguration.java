package io.junction.web.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo mode. Each marketplace and carrier module starts its own simulator in-process and offers it as a
 * {@link io.junction.demo.DemoMarketplace} or {@link io.junction.demo.DemoCarrier}; the {@link DemoSeeder}
 * puts a shop, a carrier account and a logistics method in place for every one on the classpath.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoProperties.class)
public class DemoConfiguration {

    /** The demo's database folder, and the key beside it, readable by the demo's user only. */
    @Bean
    static DemoDataFolder demoDataFolder(Environment environment) {
        return new DemoDataFolder(environment);
    }
}
