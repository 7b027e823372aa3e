package io.junction.simulator;

import io.junction.channel.ShopAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The part of a marketplace simulator that the demo mode drives, the same for every platform. */
public interface SimulatedMarketplace {

    /** The URL a shop that reads this marketplace is configured with: its endpoint. */
    String endpoint();

    /** The URL a shop takes its access tokens from; null where each call is signed instead. */
    default String authEndpoint() {
        return null;
    }

    /** The only credentials the marketplace accepts, by the connector's credential keys. */
    Map<String, String> credentials();

    /** The shop's marketplace ids; empty where the platform has none. */
    default List<String> marketplaceIds() {
        return List.of();
    }

    /** Shop {@code shopId} of {@code platform}, reading this marketplace with the credentials it accepts. */
    default ShopAccess shopAccess(long shopId, String platform) {
        return new ShopAccess(shopId, platform, endpoint(), authEndpoint(), credentials(), marketplaceIds());
    }

    /** Sells only these seller SKUs from now on. */
    SimulatedMarketplace catalogue(List<String> skus);

    /** Places {@code count} paid, ready-to-ship orders created {@code at}; their ids. */
    List<String> placeOrders(int count, Instant at);

    /** Places {@code count} orders spread over the last {@code spread}; returns their ids. */
    List<String> seedBacklog(int count, Duration spread);

    /** Takes a new order every {@code interval} from now on, without threads: due orders appear on the next request. */
    SimulatedMarketplace generateOrdersEvery(Duration interval);

    /**
     * Every shipment confirmation the marketplace accepted, by platform order id: the tracking number of each, in
     * arrival order. A number listed twice for one order is a confirmation sent twice; an order sold but absent
     * was never confirmed.
     */
    Map<String, List<String>> confirmedTrackingNumbers();

    void stop();
    /** Answers every call {@code delay} after it arrives from now on (zero: at once). */
    void answerEveryCallAfter(Duration delay);
}
