package io.junction.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one-shot faults a simulator's scenario helpers line up for its next requests
 * ({@code failsNext}, {@code throttlesNext}, {@code dropsNextRequests}) and the one write it accepts
 * and then answers with a reset connection ({@code dropsConnectionAfterAccepting}). The endpoints
 * {@linkplain #poll() poll} one scenario per request before they do anything. Thread-safe.
 */
public final class ScenarioQueue {

    /** What the next request meets instead of the platform's normal answer. */
    public sealed interface Scenario permits FailWith, Throttle, DropBeforeProcessing {}

    /** Answers HTTP {@code status} and does nothing. */
    public record FailWith(int status) implements Scenario {}

    /** Answers the platform's throttling error and does nothing. */
    public record Throttle() implements Scenario {}

    /** Cuts the connection (reset) before anything is done. */
    public record DropBeforeProcessing() implements Scenario {}

    /**
     * How the answer to a request that was served normally (and did whatever it does) is spoiled on
     * its way back: the caller cannot tell what happened, as with a carrier's broken gateway.
     */
    public sealed interface Spoiled permits EmptyBody, MalformedBody, GarbageBody, SlowAnswer {}

    /** HTTP 200 with no body at all. */
    public record EmptyBody() implements Spoiled {}

    /** HTTP 200 with the platform's JSON cut off half-way. */
    public record MalformedBody() implements Spoiled {}

    /** HTTP 200 with something that is not the platform's answer at all (a proxy's HTML page). */
    public record GarbageBody() implements Spoiled {}

    /** The normal answer, sent only after {@code delay} (longer than the caller's time-out, typically). */
    public record SlowAnswer(Duration delay) implements Spoiled {
        public SlowAnswer {
            Objects.requireNonNull(delay, "delay");
        }
    }

    private final Set<Integer> failureStatuses;
    private final Deque<Scenario> next = new ArrayDeque<>();
    private final Deque<Spoiled> spoiled = new ArrayDeque<>();
    private boolean dropAfterAcceptingNextWrite;
    private FaultMix mix = FaultMix.none();
    private Random random = new Random(0);
    private FaultMix.Kind drawn;
    private final Map<FaultMix.Kind, Long> injected = new EnumMap<>(FaultMix.Kind.class);

    /** @param failureStatuses the HTTP statuses {@link #failNext} accepts, e.g. 500, 502 and 503; none for any */
    public ScenarioQueue(Set<Integer> failureStatuses) {
        this.failureStatuses = new TreeSet<>(failureStatuses);
    }

    /** A queue whose {@link #failNext} accepts any HTTP status, 100 to 599. */
    public static ScenarioQueue anyHttpStatus() {
        return new ScenarioQueue(Set.of());
    }

    /**
     * The next {@code times} requests answer {@code status}.
     *
     * @throws IllegalArgumentException when {@code status} is not one of the failure statuses
     */
    public synchronized void failNext(int status, int times) {
        if (!failureStatuses.isEmpty() && !failureStatuses.contains(status)) {
            throw new IllegalArgumentException("failsNext supports " + listed(failureStatuses) + ": " + status);
        }
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        add(new FailWith(status), times);
    }

    /** The next {@code times} requests answer the platform's throttling error. */
    public synchronized void throttleNext(int times) {
        add(new Throttle(), times);
    }

    /** The next {@code times} requests are cut off before anything is done. */
    public synchronized void dropNext(int times) {
        add(new DropBeforeProcessing(), times);
    }

    /** The scenario the request that just arrived meets, or null when it is served normally. */
    public synchronized Scenario poll() {
        Scenario lined = next.poll();
        if (lined != null || drawn != FaultMix.Kind.SERVER_ERROR) {
            return lined;
        }
        return new FailWith(mix.serverErrorStatus(taken()));
    }

    /**
     * From now on each request meets a fault of {@code mix} at random (drawn from its seed, one draw per request),
     * unless a fault lined up for it comes first; {@link FaultMix#none()} to stop. Forgets the faults counted.
     */
    public synchronized void failAtRandom(FaultMix mix) {
        this.mix = Objects.requireNonNull(mix, "mix");
        this.random = new Random(mix.seed());
        this.drawn = null;
        injected.clear();
    }

    /** Draws the random fault of the request that just arrived; the endpoints call it once per request. */
    public synchronized void drawForRequest() {
        drawn = mix.draw(random);
    }

    /** How many random faults requests met, by kind, since {@link #failAtRandom} (every kind listed). */
    public synchronized Map<FaultMix.Kind, Long> injected() {
        Map<FaultMix.Kind, Long> counts = new EnumMap<>(FaultMix.Kind.class);
        for (FaultMix.Kind kind : FaultMix.Kind.values()) {
            counts.put(kind, injected.getOrDefault(kind, 0L));
        }
        return counts;
    }

    /** The random fault drawn for this request is met: counted, and not met again. */
    private Random taken() {
        injected.merge(drawn, 1L, Long::sum);
        drawn = null;
        return random;
    }

    /** The next accepted write is recorded, then its connection is reset instead of answered. */
    public synchronized void dropAfterAcceptingNextWrite() {
        dropAfterAcceptingNextWrite = true;
    }

    /** Whether the write just accepted must be answered with a reset connection; true once per request for it. */
    public synchronized boolean takeDropAfterAccepting() {
        boolean drop = dropAfterAcceptingNextWrite;
        dropAfterAcceptingNextWrite = false;
        return drop;
    }

    /** The answer to the next request served normally is spoiled this way (one per call, in order). */
    public synchronized void spoilNextAnswer(Spoiled how) {
        spoiled.add(Objects.requireNonNull(how, "how"));
    }

    /** How the answer to the request just served is spoiled, or null when it goes back as it is. */
    public synchronized Spoiled pollSpoiled() {
        Spoiled lined = spoiled.poll();
        if (lined != null || drawn == null || drawn == FaultMix.Kind.SERVER_ERROR) {
            return lined;
        }
        FaultMix.Kind kind = drawn;
        taken();
        return switch (kind) {
            case EMPTY -> new EmptyBody();
            case MALFORMED -> new MalformedBody();
            case GARBAGE -> new GarbageBody();
            case SLOW -> new SlowAnswer(mix.slowDelay());
            case SERVER_ERROR -> throw new IllegalStateException("a server error is not a spoiled answer");
        };
    }

    /** Forgets every scenario lined up. */
    public synchronized void clear() {
        next.clear();
        spoiled.clear();
        dropAfterAcceptingNextWrite = false;
        failAtRandom(FaultMix.none());
    }

    private void add(Scenario scenario, int times) {
        Objects.requireNonNull(scenario, "scenario");
        for (int i = 0; i < times; i++) {
            next.add(scenario);
        }
    }

    /** "500, 502 and 503". */
    private static String listed(Set<Integer> statuses) {
        String all = statuses.stream().map(String::valueOf).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " and " + all.substring(last + 2);
    }
}
