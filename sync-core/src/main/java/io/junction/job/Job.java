package io.junction.job;

import java.time.Instant;

/**
 * One background job as stored.
 *
 * @param kind the {@link JobAction#kind()} that runs it
 * @param params the action's parameters as JSON (see {@link JobParams})
 * @param actor who submitted it; the action runs in their name
 * @param total how many orders it covers
 * @param done how many of them have their outcome committed
 * @param leaseHolder the node that runs it, while it runs
 * @param leasedUntil when that node's lease ends unless renewed
 */
public record Job(
        long id,
        String kind,
        String params,
        String actor,
        JobState state,
        int total,
        int done,
        String leaseHolder,
        Instant leasedUntil,
        Instant createdAt,
        Instant finishedAt) {

    /** The action's parameters, read from {@link #params()}. */
    public JobParams parameters() {
        return JobParams.fromJson(params);
    }
}
