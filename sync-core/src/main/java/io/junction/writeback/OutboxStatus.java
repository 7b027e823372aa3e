package io.junction.writeback;

/** Where one confirmation stands. */
public enum OutboxStatus {
    /** Due, or waiting for its next attempt. */
    PENDING,
    /** The marketplace accepted it (or already had it). */
    CONFIRMED,
    /** Refused by the marketplace or out of attempts; waits for a person. */
    FAILED
}
