package io.junction.outbox;

/** A row of an outbox as the relay handles it: what its lease is guarded by. */
public interface OutboxRow {

    long id();

    /** How often the row was tried: a relay that took it over has counted one more. */
    int attempts();
}
