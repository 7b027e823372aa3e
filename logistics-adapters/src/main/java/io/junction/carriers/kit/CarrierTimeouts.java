package io.junction.carriers.kit;

import java.time.Duration;

/**
 * The three time-outs every carrier's properties hold (a properties record implements this by its
 * components' names); the adapter tunes its HTTP client with them ({@link CarrierHttp#tuned}).
 */
public interface CarrierTimeouts {

    /** To open the connection. */
    Duration connectTimeout();

    /** Between bytes of the answer (and of the request); a pre-advice that runs past it is unknown, not failed. */
    Duration readTimeout();

    /** For a whole call, answer included. */
    Duration callTimeout();

    /**
     * A setting's time-out: {@code fallback} when it is left out.
     *
     * @throws IllegalArgumentException when it is zero or negative
     */
    static Duration positiveOr(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
