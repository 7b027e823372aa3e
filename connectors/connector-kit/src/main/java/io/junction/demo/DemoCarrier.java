package io.junction.demo;

import io.junction.logistics.MarketplaceCarrier;
import io.junction.simulator.SimulatedCarrier;
import java.util.Map;
import java.util.Objects;

/**
 * A carrier the demo mode ships with: its simulator, running in-process, as a carrier account and one
 * logistics method. Each carrier registers one when {@code junction.demo.enabled=true}; the demo puts the
 * account and method in place for every one on the classpath.
 *
 * @param carrier the adapter's carrier code
 * @param accountName the demo carrier account's name
 * @param endpoint the simulator's base URL: the account's endpoint
 * @param credentials the credentials the simulator accepts
 * @param methodCode the demo logistics method's code
 * @param methodName the demo logistics method's name
 * @param serviceCode the carrier's code of the service the method ships with
 * @param marketplaceCarrier how the method names the carrier to a marketplace that has no name of its own for it
 */
public record DemoCarrier(
        String carrier,
        String accountName,
        String endpoint,
        Map<String, String> credentials,
        String methodCode,
        String methodName,
        String serviceCode,
        MarketplaceCarrier marketplaceCarrier) {

    public DemoCarrier {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(endpoint, "endpoint");
        credentials = Map.copyOf(credentials);
        Objects.requireNonNull(methodCode, "methodCode");
        Objects.requireNonNull(marketplaceCarrier, "marketplaceCarrier");
    }

    /** The account {@code accountName} at {@code simulator}, shipping with the service the simulator offers first. */
    public DemoCarrier(
            String accountName,
            String methodCode,
            String methodName,
            MarketplaceCarrier marketplaceCarrier,
            SimulatedCarrier simulator) {
        this(
                simulator.carrierCode(),
                accountName,
                simulator.baseUrl(),
                simulator.credentials(),
                methodCode,
                methodName,
                simulator.serviceCode(),
                marketplaceCarrier);
    }
}
