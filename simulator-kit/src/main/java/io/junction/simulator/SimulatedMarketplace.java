package io.junction.simulator;

import java.time.Duration;
import java.util.List;

/** The part of a marketplace simulator that the demo mode drives, the same for every platform. */
public interface SimulatedMarketplace {

    /** Sells only these seller SKUs from now on. */
    SimulatedMarketplace catalogue(List<String> skus);

    /** Places {@code count} orders spread over the last {@code spread}; returns their ids. */
    List<String> seedBacklog(int count, Duration spread);

    /** Takes a new order every {@code interval} from now on, without threads: due orders appear on the next request. */
    SimulatedMarketplace generateOrdersEvery(Duration interval);

    void stop();
}
