package io.junction.order;

import java.util.List;

/** What a batch action did, order by order: never all-or-nothing silence. */
public record BatchActionResult(List<Long> succeeded, List<Failure> failed) {

    public BatchActionResult {
        succeeded = List.copyOf(succeeded);
        failed = List.copyOf(failed);
    }

    /**
     * One order the action could not move, and why.
     *
     * @param reason the reason in English
     * @param refusal the same reason as a code and its arguments, or null when only the text says it
     */
    public record Failure(long orderId, String reason, Refusal refusal) {
        public Failure(long orderId, String reason) {
            this(orderId, reason, null);
        }
    }
}
