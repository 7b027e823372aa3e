package io.junction.carriers.kit.simulator;

import io.junction.simulator.ScenarioQueue;
import io.junction.simulator.SimulatedCarrier;
import io.junction.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every carrier's simulator keeps beside its own book: its carrier's code, the journey its parcels
 * travel once booked, and how many create requests arrived. A carrier's simulator extends it and keeps its
 * credentials, services, book, rules and scenarios.
 *
 * @param <S> the carrier's simulator, so that the fluent helpers return it
 */
public abstract class CarrierSimulator<S extends CarrierSimulator<S>> extends Simulator<S> implements SimulatedCarrier {

    private final String carrierCode;
    private final AtomicInteger createRequests = new AtomicInteger();
    private volatile ParcelJourney journey = new ParcelJourney(ParcelJourney.DEMO_STEP);

    /**
     * @param carrierCode the carrier's code, as its adapter names it
     * @param name how messages call the simulator, e.g. {@code "the 4PX simulator"}
     * @param basePath what {@link #baseUrl()} adds to the server's root
     */
    protected CarrierSimulator(String carrierCode, String name, String basePath, Clock clock) {
        super(name, basePath, clock, ScenarioQueue.anyHttpStatus());
        this.carrierCode = carrierCode;
    }

    /** Our reference of every parcel booked, cancelled ones included, one entry per parcel. */
    protected abstract List<String> bookedReferences();

    @Override
    public String carrierCode() {
        return carrierCode;
    }

    @Override
    public Map<String, Integer> parcelsPerReference() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        bookedReferences().forEach(reference -> counts.merge(reference, 1, Integer::sum));
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
