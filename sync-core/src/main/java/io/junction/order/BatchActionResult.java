package io.junction.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a batch action did, order by order: never all-or-nothing silence. */
public record BatchActionResult(List<Long> succeeded, List<Failure> failed) {

    public BatchActionResult {
        succeeded = List.copyOf(succeeded);
        failed = List.copyOf(failed);
    }

    /** This result and {@code other}'s together, each list in the order of {@code orderIds}. */
    public BatchActionResult and(BatchActionResult other, List<Long> orderIds) {
        Comparator<Long> asAsked = Comparator.comparingInt(orderIds::indexOf);
        List<Long> ok = new ArrayList<>(succeeded);
        ok.addAll(other.succeeded);
        ok.sort(asAsked);
        List<Failure> refused = new ArrayList<>(failed);
        refused.addAll(other.failed);
        refused.sort(Comparator.comparing(Failure::orderId, asAsked));
        return new BatchActionResult(ok, refused);
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
