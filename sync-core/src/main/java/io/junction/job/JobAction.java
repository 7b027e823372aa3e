package io.junction.job;

import io.junction.order.BatchActionResult;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An action a job can run over its orders, a chunk at a time. A feature that offers a long action registers one
 * as a bean and submits jobs of its {@link #kind()} through {@link JobService#submit}.
 */
public interface JobAction {

    /** The name jobs of this action are stored under, e.g. {@code order-action}. */
    String kind();

    /**
     * Applies the action to one chunk of the job's orders, in the submitter's name, and says per order what
     * happened. Each order commits on its own (one order's refusal never undoes another's success); the job
     * records the outcomes once the whole chunk is through.
     */
    BatchActionResult run(List<Long> orderIds, JobParams params, String actor);

    /**
     * How many orders a chunk of a job of this action takes while no packing station on this node is busy, given the
     * runner's chunk ({@code standard}, {@code junction.jobs.chunk}): an action that works on several of its own
     * chunks at once within one call (as allocation does) takes more. While the stations are busy every job takes
     * the runner's chunk, and rests between chunks ({@link ForegroundGate}).
     */
    default int chunk(JobParams params, int standard) {
        return standard;
    }

    /**
     * Of {@code orderIds}, those this action already did for the job, as the orders' own records show: a node
     * that began a chunk may have died (or lost its lease) after the action and before the chunk's outcomes were
     * committed, and the node that takes the job over asks this before it runs the chunk again, and again for each
     * order the second run refuses. Those answered count as succeeded and are not run again. An action that a
     * second run repeats harmlessly (it finds nothing left to do and succeeds) may keep the default, none.
     *
     * @param since when the job was submitted: a change by {@code actor} from then on is the job's
     */
    default Set<Long> alreadyDone(List<Long> orderIds, JobParams params, String actor, Instant since) {
        return Set.of();
    }
}
