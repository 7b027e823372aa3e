package io.junction.carriers.kit.simulator;

import io.junction.logistics.CarrierAccess;
import io.junction.simulator.ScenarioQueue;
import io.junction.simulator.SimulatedCarrier;
import io.junction.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every carrier's simulator keeps beside its own book: its carrier's code, the credentials it accepts, the
 * services it offers, the journey its parcels travel once booked, and how many create requests arrived; and what it
 * does with its book alike: the depot receives a parcel, and each reference counts its parcels. A carrier's
 * simulator extends it and keeps its book, rules and scenarios.
 *
 * @param <S> the carrier's simulator, so that the fluent helpers return it
 */
public abstract class CarrierSimulator<S extends CarrierSimulator<S>> extends Simulator<S> implements SimulatedCarrier {

    private final String carrierCode;
    private final Map<String, String> credentials;
    private final Set<String> services;
    private final AtomicInteger createRequests = new AtomicInteger();
    private volatile ParcelJourney journey = new ParcelJourney(ParcelJourney.DEMO_STEP);

    /**
     * @param carrierCode the carrier's code, as its adapter names it
     * @param name how messages call the simulator, e.g. {@code "the 4PX simulator"}
     * @param basePath what {@link #baseUrl()} adds to the server's root
     * @param credentials the only credentials it accepts, by its adapter's credential keys
     * @param services the codes of the services (products, channels, shipping methods) it offers, the default first
     */
    protected CarrierSimulator(
            String carrierCode,
            String name,
            String basePath,
            Clock clock,
            Map<String, String> credentials,
            List<String> services) {
        super(name, basePath, clock, ScenarioQueue.anyHttpStatus());
        this.carrierCode = carrierCode;
        credentials.values().forEach(value -> Objects.requireNonNull(value, "credential"));
        this.credentials = Map.copyOf(credentials);
        this.services = new LinkedHashSet<>(services);
    }

    /** The parcels it booked, cancelled ones included, by our reference. */
    protected abstract BookedParcels<?> book();

    /** The depot receives the parcel booked under {@code reference}: from now on it cannot be cancelled. */
    @SuppressWarnings("unchecked")
    public synchronized S receives(String reference) {
        book().receive(reference);
        return (S) this;
    }

    @Override
    public String carrierCode() {
        return carrierCode;
    }

    @Override
    public Map<String, String> credentials() {
        return credentials;
    }

    /** The credential it accepts under {@code key}. */
    protected String credential(String key) {
        return credentials.get(key);
    }

    /** The carrier account {@code id} that reaches it with the credentials it accepts. */
    public CarrierAccess access(long id) {
        return new CarrierAccess(id, carrierCode, baseUrl(), credentials);
    }

    /** A service it offers: the first, unless reconfigured. */
    @Override
    public synchronized String serviceCode() {
        return services.iterator().next();
    }

    /** The codes of the services it offers, in their order. */
    public synchronized Set<String> services() {
        return Set.copyOf(services);
    }

    /** The services it offers in their order, for its price list. */
    protected synchronized List<String> serviceList() {
        return List.copyOf(services);
    }

    /** Replaces the services it offers; others are refused. */
    @SuppressWarnings("unchecked")
    public synchronized S acceptsServices(String first, String... more) {
        services.clear();
        services.add(Objects.requireNonNull(first));
        services.addAll(List.of(more));
        return (S) this;
    }

    @Override
    public Map<String, Integer> parcelsPerReference() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        book().references().forEach(reference -> counts.merge(reference, 1, Integer::sum));
        return counts;
    }

    /** Parcels move one step of their journey (tracking) every {@code step} (two minutes unless changed). */
    @SuppressWarnings("unchecked")
    public S movesEvery(Duration step) {
        this.journey = new ParcelJourney(step);
        return (S) this;
    }

    /** The journey parcels travel, for the endpoints. */
    public ParcelJourney journey() {
        return journey;
    }

    /** How many create requests arrived, whatever became of them. */
    public int createRequests() {
        return createRequests.get();
    }

    /**
     * The endpoints count a create request as it arrives, before anything else; public only because they live in
     * each carrier's package. Nothing else calls it.
     */
    public void countCreateRequest() {
        createRequests.incrementAndGet();
    }

    /** Forgets the create requests counted, for a reset. */
    protected void clearCreateRequests() {
        createRequests.set(0);
    }
}
