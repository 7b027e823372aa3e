package io.junction.outbox;

import io.junction.order.Refusal;
import java.util.List;

/**
 * What a retry of many rows of a queue a person works did: the rows put back in their queue, and the rows
 * refused, each with its reason.
 */
public record QueueRetries(List<Long> retried, List<Refused> refused) {

    /** A row that was not put back: {@code reason} in English, {@code refusal} its code and arguments. */
    public record Refused(long id, String reason, Refusal refusal) {}
}
