package io.junction.demo;

import io.junction.logistics.MarketplaceCarrier;
import io.junction.simulator.MarketplaceSimulator;
import java.time.Clock;
import java.util.Objects;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * What a marketplace module's demo configuration registers, the same for every platform: its simulator, started
 * in-process on the application's {@link Clock} and stopped with the context, and the {@link DemoMarketplace} that
 * reads it. A module's {@code <Name>DemoConfiguration} (with {@link ConditionalOnDemoMode}) imports a subclass that
 * says only the platform's facts.
 *
 * <p>Each start takes a new seed, so that the order ids of this run do not collide with those an earlier run left in
 * the same database. The beans are named as the platform's simulator ({@code amazonSimulator}) and demo marketplace
 * ({@code amazonDemoMarketplace}), so that tests can inject the simulator by its type.
 *
 * @param <S> the platform's simulator
 */
public abstract class DemoMarketplaceRegistrar<S extends MarketplaceSimulator<S, ?>> implements BeanRegistrar {

    /** How a platform's simulator is made: its constructor taking the clock and the seed. */
    @FunctionalInterface
    public interface SimulatorFactory<S> {
        S create(Clock clock, long seed);
    }

    private final Class<S> simulatorType;
    private final SimulatorFactory<S> factory;
    private final String platform;
    private final String shopName;
    private final MarketplaceCarrier carrier;

    /**
     * @param simulatorType the platform's simulator, e.g. {@code AmazonSimulator.class}
     * @param factory its constructor, e.g. {@code AmazonSimulator::new}
     * @param platform the connector's platform code
     * @param shopName the demo shop's name
     * @param carrier how this marketplace names the demo's carrier (YunExpress) in a shipment confirmation
     */
    protected DemoMarketplaceRegistrar(
            Class<S> simulatorType,
            SimulatorFactory<S> factory,
            String platform,
            String shopName,
            MarketplaceCarrier carrier) {
        this.simulatorType = Objects.requireNonNull(simulatorType, "simulatorType");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.shopName = Objects.requireNonNull(shopName, "shopName");
        this.carrier = Objects.requireNonNull(carrier, "carrier");
    }

    @Override
    public void register(BeanRegistry registry, Environment environment) {
        String simulatorName = StringUtils.uncapitalize(simulatorType.getSimpleName());
        // a simulator is AutoCloseable: the context stops it when it closes
        registry.registerBean(
                simulatorName,
                simulatorType,
                simulator -> simulator.supplier(context -> factory.create(context.bean(Clock.class), System.nanoTime())
                        .start()));
        registry.registerBean(
                simulatorName.replaceFirst("Simulator$", "") + "DemoMarketplace",
                DemoMarketplace.class,
                marketplace -> marketplace.supplier(
                        context -> new DemoMarketplace(platform, shopName, carrier, context.bean(simulatorType))));
    }
}
