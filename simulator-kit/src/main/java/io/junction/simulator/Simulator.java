package io.junction.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What every simulator, marketplace or carrier, does the same way: it runs on its own
 * {@link SimulatorServer} on 127.0.0.1, answers every request through its {@link SimulatorEndpoints},
 * reads time from its clock only, and lines up one-shot faults through scenario-named helpers.
 * A platform's simulator extends it (or {@link MarketplaceSimulator}) and keeps only the platform's
 * own behaviour.
 *
 * <p>The endpoints lock the simulator while they answer; the methods here that change state are
 * thread-safe.
 *
 * @param <S> the platform's simulator, so that the fluent helpers return it
 */
public abstract class Simulator<S extends Simulator<S>> implements AutoCloseable {

    /** The simulator's only source of time. */
    protected final Clock clock;

    /** The faults lined up for the next requests; the endpoints meet them one per request. */
    protected final ScenarioQueue scenarios;

    private final SimulatorServer server;
    private final String basePath;

    /**
     * @param name how messages call the simulator, e.g. {@code "the JD simulator"}
     * @param basePath what {@link #baseUrl()} adds to the server's root, e.g. {@code "/routerjson"}, or ""
     */
    protected Simulator(String name, String basePath, Clock clock, ScenarioQueue scenarios) {
        this.server = new SimulatorServer(name);
        this.basePath = Objects.requireNonNull(basePath, "basePath");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
    }

    /** The endpoints one run of the server answers with. */
    protected abstract SimulatorEndpoints<S> endpoints();

    /** Brings the simulated world up to now; the endpoints call it before they answer, under the lock. */
    protected void materialiseDue() {}

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    // lifecycle

    /** Starts on a free port of 127.0.0.1. */
    public S start() {
        return start(0);
    }

    /**
     * Starts on {@code port} of 127.0.0.1 (0 for a free port).
     *
     * @throws IllegalStateException when it is already running
     */
    public S start(int port) {
        server.start(port, endpoints());
        return self();
    }

    /**
     * Answers every call {@code delay} after it arrives from now on (zero: at once), as a platform far away or
     * under load does; calls are still answered side by side.
     */
    public void answerEveryCallAfter(Duration delay) {
        server.answerAfter(delay);
    }

    /** Stops the server if it runs; what the simulator holds is kept, and a later start serves it again. */
    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** @throws IllegalStateException when it is not running */
    public int port() {
        return server.port();
    }

    /** The root a client is configured with, e.g. {@code http://127.0.0.1:51234/routerjson}. */
    public String baseUrl() {
        return server.baseUrl() + basePath;
    }

    // scenarios

    /** The next request answers HTTP {@code status} and does nothing. */
    public S failsNext(int status) {
        return failsNext(status, 1);
    }

    /** The next {@code times} requests answer HTTP {@code status} and do nothing. */
    public S failsNext(int status, int times) {
        scenarios.failNext(status, times);
        return self();
    }

    /** The next {@code times} requests are cut off (connection reset) before anything is done. */
    public S dropsNextRequests(int times) {
        scenarios.dropNext(times);
        return self();
    }

    /** The next request is served (a write takes effect), then answered HTTP 200 with an empty body. */
    public S answersEmptyNext() {
        scenarios.spoilNextAnswer(new ScenarioQueue.EmptyBody());
        return self();
    }

    /** The next request is served (a write takes effect), then answered with its JSON cut off half-way. */
    public S answersMalformedNext() {
        scenarios.spoilNextAnswer(new ScenarioQueue.MalformedBody());
        return self();
    }

    /** The next request is served (a write takes effect), then answered HTTP 200 with a proxy's HTML page. */
    public S answersGarbageNext() {
        scenarios.spoilNextAnswer(new ScenarioQueue.GarbageBody());
        return self();
    }

    /**
     * The next request is served (a write takes effect) at once, and its answer sent only after
     * {@code delay}: a caller whose time-out is shorter never sees it.
     */
    public S answersSlowerThan(Duration delay) {
        scenarios.spoilNextAnswer(new ScenarioQueue.SlowAnswer(delay));
        return self();
    }

    /**
     * From now on each request meets a fault of {@code mix} at random, reproducibly from its seed, unless a fault
     * lined up for it comes first; {@link FaultMix#none()} to stop.
     */
    public S failsAtRandom(FaultMix mix) {
        scenarios.failAtRandom(mix);
        return self();
    }

    /** How many random faults ({@link #failsAtRandom}) requests met so far, by kind. */
    public Map<FaultMix.Kind, Long> faultsInjected() {
        return scenarios.injected();
    }

    /** The next accepted write is recorded, then the connection is reset instead of answering. */
    public S dropsConnectionAfterAccepting() {
        scenarios.dropAfterAcceptingNextWrite();
        return self();
    }
}
