package io.junction.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A marketplace's simulator: the {@link Simulator} lifecycle and scenarios, plus an order book fed
 * by a seeded {@link OrderGenerator}: a catalogue, a backlog spread over the past, and new orders
 * every interval, materialised when a request arrives so that the simulator runs no threads of its
 * own. A platform's simulator says how one order is placed; the rest is here.
 *
 * @param <S> the platform's simulator, so that the fluent helpers return it
 * @param <G> the platform's order generator
 */
public abstract class MarketplaceSimulator<S extends MarketplaceSimulator<S, G>, G extends OrderGenerator<?>>
        extends Simulator<S> implements SimulatedMarketplace {

    /** At most this many generated orders catch up at once; beyond, the clock jumped and the rest is skipped. */
    private static final int CATCH_UP_LIMIT = 10_000;

    /** Makes names, addresses, SKUs and order ids repeatable. */
    protected final G generator;

    private int throttledRequests;
    private Duration generationInterval;
    private Instant nextGenerationAt;

    protected MarketplaceSimulator(String name, String basePath, Clock clock, ScenarioQueue scenarios, G generator) {
        super(name, basePath, clock, scenarios);
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** Places one ready-to-ship order {@code at} (created, paid, waiting for the seller); its id. */
    protected abstract String placeOrder(Instant at);

    /** Places the order {@link #generateOrdersEvery(Duration)} takes {@code at}, with its later life. */
    protected abstract void generateOrderAt(Instant at);

    /** The ids of the orders in the book, in the order they were placed; called under the lock. */
    protected abstract Collection<String> bookedOrderIds();

    /** Places one order of {@link #seedBacklog(int, Duration)} {@code at}; a ready-to-ship one unless overridden. */
    protected String placeBacklogOrder(Instant at) {
        return placeOrder(at);
    }

    /** The server's root and base path ({@link #baseUrl()}) unless the platform's gateway lies below it. */
    @Override
    public String endpoint() {
        return baseUrl();
    }

    // configuration

    /** The seller SKUs new orders draw from (known demo SKUs keep their titles and prices). */
    @Override
    @SuppressWarnings("unchecked")
    public synchronized S catalogue(List<String> skus) {
        generator.catalogue(List.copyOf(skus));
        return (S) this;
    }

    /**
     * One new order every {@code interval} from now on, materialised when a request arrives (no
     * threads): a request after three intervals finds three new orders, each placed at its time.
     */
    @Override
    @SuppressWarnings("unchecked")
    public synchronized S generateOrdersEvery(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        generationInterval = interval;
        nextGenerationAt = clock.instant().plus(interval);
        return (S) this;
    }

    /** Stops {@link #generateOrdersEvery(Duration)}. */
    @SuppressWarnings("unchecked")
    public synchronized S stopGeneratingOrders() {
        generationInterval = null;
        nextGenerationAt = null;
        return (S) this;
    }

    // the order book

    /** Places {@code count} ready-to-ship orders created {@code at}; their ids. */
    @Override
    public synchronized List<String> placeOrders(int count, Instant at) {
        return times(count, () -> placeOrder(at));
    }

    /** Places {@code count} orders evenly spread over the {@code spread} before now; their ids, oldest first. */
    @Override
    public synchronized List<String> seedBacklog(int count, Duration spread) {
        Instant now = clock.instant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = now.minus(spread).plus(spread.multipliedBy(i).dividedBy(Math.max(count, 1)));
            ids.add(placeBacklogOrder(at));
        }
        return ids;
    }

    public synchronized int orderCount() {
        return bookedOrderIds().size();
    }

    /** Every order id in the book, in the order they were placed. */
    public synchronized List<String> orderIds() {
        return List.copyOf(bookedOrderIds());
    }

    /** The order {@code orderId} of {@code orders}; {@link IllegalArgumentException} when the book has none. */
    protected static <O> O require(Map<String, O> orders, String orderId) {
        O order = orders.get(orderId);
        if (order == null) {
            throw new IllegalArgumentException("no simulated order " + orderId);
        }
        return order;
    }

    // what happened

    /** How many requests were refused as throttled (HTTP 429, or the gateway's throttling error). */
    public synchronized int throttledRequests() {
        return throttledRequests;
    }

    /** Counts one request refused as throttled; the endpoints call it while they answer. */
    public synchronized void countThrottled() {
        throttledRequests++;
    }

    /** The ids of {@code count} orders {@code place} placed one after another. */
    protected static List<String> times(int count, Supplier<String> place) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(place.get());
        }
        return ids;
    }

    /** Places the orders {@link #generateOrdersEvery(Duration)} says are due by now; under the lock. */
    @Override
    protected void materialiseDue() {
        if (generationInterval == null) {
            return;
        }
        Instant now = clock.instant();
        int placed = 0;
        while (!nextGenerationAt.isAfter(now) && placed < CATCH_UP_LIMIT) {
            generateOrderAt(nextGenerationAt);
            nextGenerationAt = nextGenerationAt.plus(generationInterval);
            placed++;
        }
        if (!nextGenerationAt.isAfter(now)) {
            // The clock jumped far ahead: skip what cannot reasonably be generated.
            nextGenerationAt = now.plus(generationInterval);
        }
    }
}
