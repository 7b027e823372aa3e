package io.junction.job;

import io.junction.order.BatchActionResult;
import java.util.List;

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
}
