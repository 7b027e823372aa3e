package io.junction.outbox;

import java.time.Instant;

/**
 * A row of an outbox as the relay handles it.
 *
 * @param <R> the row's own type
 */
public interface OutboxRow<R extends OutboxRow<R>> {

    long id();

    /** How often the row was tried: a relay that took it over has counted one more. */
    int attempts();

    /** When the row is due; once claimed, when the relay's lease on it runs out. */
    Instant nextAttemptAt();

    /** The same row as a relay holds it: its next attempt pushed to the end of the relay's lease. */
    R leasedUntil(Instant until);
}
