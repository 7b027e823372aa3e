package io.junction.connectors.amazon.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.demo.DemoMarketplace;
import io.junction.logistics.MarketplaceCarrier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo's Amazon marketplace: the kit's registrar as every marketplace module uses it. */
class AmazonDemoConfigurationTest {

    private static final Clock DEMO_CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    private final ApplicationContextRunner demo = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AmazonDemoConfiguration.class))
            .withBean(Clock.class, () -> DEMO_CLOCK);

    @Test
    void inDemoModeARunningSimulatorIsTheDemoShopsMarketplace() {
        demo.withPropertyValues("junction.demo.enabled=true").run(context -> {
            // when
            AmazonSimulator simulator = context.getBean("amazonSimulator", AmazonSimulator.class);
            DemoMarketplace marketplace = context.getBean("amazonDemoMarketplace", DemoMarketplace.class);

            // then
            assertThat(marketplace.platform()).isEqualTo("AMAZON");
            assertThat(marketplace.shopName()).isEqualTo("Demo Amazon US");
            assertThat(marketplace.carrier()).isEqualTo(new MarketplaceCarrier("Yun Express", "YunExpress"));
            assertThat(marketplace.simulator()).isSameAs(simulator);
            assertThat(marketplace.endpoint()).isEqualTo(simulator.endpoint());
            assertThat(simulator.port()).isPositive();
        });
    }

    @Test
    void theSimulatorStopsWithTheApplication() {
        // given
        AmazonSimulator[] started = new AmazonSimulator[1];

        // when
        demo.withPropertyValues("junction.demo.enabled=true")
                .run(context -> started[0] = context.getBean(AmazonSimulator.class));

        // then
        assertThatThrownBy(started[0]::port).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void outsideDemoModeNoSimulatorRuns() {
        demo.run(context -> {
            assertThat(context).doesNotHaveBean(AmazonSimulator.class);
            assertThat(context).doesNotHaveBean(DemoMarketplace.class);
        });
    }
}
