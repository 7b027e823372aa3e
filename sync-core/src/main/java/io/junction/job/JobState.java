package io.junction.job;

/** Where a job stands; stored by name. */
public enum JobState {
    /** Committed, no runner has taken it yet. */
    QUEUED,
    /** A runner holds it under a lease; when the lease runs out another runner takes it over. */
    RUNNING,
    /** Every item has its outcome. */
    DONE
}
