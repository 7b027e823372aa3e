package io.junction.order;

import java.util.List;

/** What a batch action did, order by order: never all-or-nothing silence. */
public record BatchActionResult(List<Long> succeeded, List<Failure> failed) {

    public BatchActionResult {
        succeeded = List.copyOf(succeeded);
        failed = List.copyOf(failed);
    }

    /** One order the action could not move, and why. */
    public record Failure(long orderId, String reason) {}
}
