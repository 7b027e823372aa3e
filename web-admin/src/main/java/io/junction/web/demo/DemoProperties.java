package io.junction.web.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode settings ({@code junction.demo.*}).
 *
 * @param password the demo users' password (env {@code JUNCTION_DEMO_PASSWORD}); random when unset
 * @param newOrderEvery how often the Amazon simulator takes a new order; zero for never
 * @param backlog how many orders the simulator already has at start-up, spread over the last hours
 */
@ConfigurationProperties("junction.demo")
public record DemoProperties(boolean enabled, String password, Duration newOrderEvery, int backlog, int stockPerSku) {

    public DemoProperties {
        newOrderEvery = newOrderEvery == null ? Duration.ofSeconds(20) : newOrderEvery;
        stockPerSku = stockPerSku <= 0 ? 500 : stockPerSku;
    }
}
