package io.junction.job;

/** What became of one order of a job; stored by name. */
public enum JobItemOutcome {
    /** Not yet in a chunk. */
    PENDING,
    /**
     * In a chunk a node began and has not committed: the action may have done it. A node that takes the job over
     * asks the action ({@link JobAction#alreadyDone}) before it runs it again.
     */
    STARTED,
    /** The action went through. */
    SUCCEEDED,
    /** The action was refused, with its reason. */
    FAILED
}
