package io.junction.job;

/** What became of one order of a job; stored by name. */
public enum JobItemOutcome {
    /** Not yet in a committed chunk. */
    PENDING,
    /** The action went through. */
    SUCCEEDED,
    /** The action was refused, with its reason. */
    FAILED
}
