package io.junction.outcome;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When an outbox relay tries an unanswered call again: exponential back-off from a first retry,
 * capped at an hour, with half of it random so that relays on several nodes do not retry in step.
 */
public final class RelayBackoff {

    static final Duration LONGEST = Duration.ofHours(1);

    private RelayBackoff() {}

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} unanswered ones (from 1). */
    public static Duration after(Duration firstRetry, int attempt) {
        long ceiling = Math.min(LONGEST.toMillis(), firstRetry.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }
}
