package io.junction.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Faults a simulator meets at random, at fixed rates, from a seed: the same seed and the same sequence of requests
 * meet the same faults, so that a fault run can be repeated. Each request meets at most one fault: a 5xx (nothing
 * done), or an answer spoiled after the request was served (empty, malformed, garbage, or slower than the caller's
 * time-out). Rates are fractions of requests, 0 to 1, and add up to at most 1.
 *
 * @param seed where the random draws start
 * @param serverError the share of requests answered HTTP 500, 502 or 503 with nothing done
 * @param empty the share served and answered HTTP 200 with no body
 * @param malformed the share served and answered with their JSON cut off half-way
 * @param garbage the share served and answered with a proxy's HTML page
 * @param slow the share served and answered only after {@code slowDelay}
 * @param slowDelay how late a slow answer comes: longer than the caller's time-out, to be a fault
 */
public record FaultMix(
        long seed,
        double serverError,
        double empty,
        double malformed,
        double garbage,
        double slow,
        Duration slowDelay) {

    /** The statuses a server error is drawn from. */
    private static final int[] SERVER_ERRORS = {500, 502, 503};

    public FaultMix {
        Objects.requireNonNull(slowDelay, "slowDelay");
        for (double rate : new double[] {serverError, empty, malformed, garbage, slow}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("a fault rate is a fraction from 0 to 1: " + rate);
            }
        }
        if (serverError + empty + malformed + garbage + slow > 1 + 1e-9) {
            throw new IllegalArgumentException("the fault rates add up to more than 1");
        }
        if (slow > 0 && (slowDelay.isNegative() || slowDelay.isZero())) {
            throw new IllegalArgumentException("slow answers need a delay: " + slowDelay);
        }
    }

    /** No faults at all. */
    public static FaultMix none() {
        return new FaultMix(0, 0, 0, 0, 0, 0, Duration.ZERO);
    }

    /** The kinds of fault a request may meet. */
    public enum Kind {
        /** HTTP 500, 502 or 503, nothing done. */
        SERVER_ERROR,
        /** Served, answered HTTP 200 with no body. */
        EMPTY,
        /** Served, answered with its JSON cut off. */
        MALFORMED,
        /** Served, answered with a proxy's HTML page. */
        GARBAGE,
        /** Served, answered after the caller gave up. */
        SLOW
    }

    /** The fault one request meets, drawn from {@code random}, or null when it is served normally. */
    public Kind draw(Random random) {
        double draw = random.nextDouble();
        double bound = serverError;
        if (draw < bound) {
            return Kind.SERVER_ERROR;
        }
        bound += empty;
        if (draw < bound) {
            return Kind.EMPTY;
        }
        bound += malformed;
        if (draw < bound) {
            return Kind.MALFORMED;
        }
        bound += garbage;
        if (draw < bound) {
            return Kind.GARBAGE;
        }
        return draw < bound + slow ? Kind.SLOW : null;
    }

    /** One of the server errors, drawn from {@code random}. */
    public int serverErrorStatus(Random random) {
        return SERVER_ERRORS[random.nextInt(SERVER_ERRORS.length)];
    }
}
