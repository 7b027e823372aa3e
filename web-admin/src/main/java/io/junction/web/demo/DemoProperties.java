package io.junction.web.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode settings ({@code junction.demo.*}).
 *
 * @param password the demo users' password (env {@code JUNCTION_DEMO_PASSWORD}), at least 8 characters; random
 *     when unset
 * @param newOrderEvery how often each marketplace simulator takes a new order; zero for never
 * @param backlog how many orders each simulator already has at start-up, spread over the last hours
 * @param instance set when several demo applications share one database (the tests on MariaDB do):
 *     each then keeps its own demo shops and logistics method, pointed at its own simulators
 */
@ConfigurationProperties("junction.demo")
public record DemoProperties(
        boolean enabled, String password, Duration newOrderEvery, int backlog, int stockPerSku, String instance) {

    /** As for every user: a demo password anyone could guess in a few tries is refused at start-up. */
    public static final int MIN_PASSWORD = 8;

    public DemoProperties {
        boolean given = password != null && !password.isBlank();
        if (enabled && given && password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new IllegalArgumentException("junction.demo.password (JUNCTION_DEMO_PASSWORD) must be at least "
                    + MIN_PASSWORD + " characters; leave it unset for a random one");
        }
        newOrderEvery = newOrderEvery == null ? Duration.ofSeconds(20) : newOrderEvery;
        stockPerSku = stockPerSku <= 0 ? 500 : stockPerSku;
        instance = instance == null ? "" : instance.trim();
    }

    /** {@code name}, told apart from other instances' when there are several. */
    String own(String name) {
        return instance.isEmpty() ? name : name + " " + instance;
    }
}
