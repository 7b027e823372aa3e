package io.junction.outbox;

import java.time.Instant;

/** A row of an outbox as the relay handles it. */
public interface OutboxRow {

    long id();

    /** How often the row was tried: a relay that took it over has counted one more. */
    int attempts();

    /** When the row is due; once claimed, when the relay's lease on it runs out. */
    Instant nextAttemptAt();
}
