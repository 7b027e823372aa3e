package io.junction.demo;

import io.junction.logistics.MarketplaceCarrier;
import io.junction.simulator.SimulatedMarketplace;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A marketplace the demo mode sells on: its simulator, running in-process, and the demo shop that reads
 * it. Each marketplace module registers one when {@code junction.demo.enabled=true}; the demo puts a shop
 * in place for every one on the classpath.
 *
 * @param platform the connector's platform code
 * @param shopName the demo shop's name
 * @param endpoint the simulator's API base URL: the shop's endpoint
 * @param authEndpoint the simulator's token URL; null where each call is signed instead
 * @param credentials the credentials the simulator accepts
 * @param marketplaceIds the shop's marketplace ids; empty where the platform has none
 * @param carrier how this marketplace names the demo's carrier (YunExpress) in a shipment confirmation
 * @param simulator the simulator, which the demo stocks with its catalogue and lets take orders
 */
public record DemoMarketplace(
        String platform,
        String shopName,
        String endpoint,
        String authEndpoint,
        Map<String, String> credentials,
        List<String> marketplaceIds,
        MarketplaceCarrier carrier,
        SimulatedMarketplace simulator) {

    public DemoMarketplace {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(shopName, "shopName");
        Objects.requireNonNull(endpoint, "endpoint");
        credentials = Map.copyOf(credentials);
        marketplaceIds = List.copyOf(marketplaceIds);
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(simulator, "simulator");
    }

    /** The demo shop {@code shopName} on {@code simulator}, reading it where and as the simulator says a shop does. */
    public DemoMarketplace(
            String platform, String shopName, MarketplaceCarrier carrier, SimulatedMarketplace simulator) {
        this(
                platform,
                shopName,
                simulator.endpoint(),
                simulator.authEndpoint(),
                simulator.credentials(),
                simulator.marketplaceIds(),
                carrier,
                simulator);
    }
}
