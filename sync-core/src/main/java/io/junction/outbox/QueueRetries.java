package io.junction.outbox;

import io.junction.order.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;

/**
 * What a retry of many rows of a queue a person works did: the rows put back in their queue, and the rows
 * refused, each with its reason.
 */
public record QueueRetries(List<Long> retried, List<Refused> refused) {

    /** A row that was not put back: {@code reason} in English, {@code refusal} its code and arguments. */
    public record Refused(long id, String reason, Refusal refusal) {}

    /**
     * Retries each row in turn, each once; one refusal ({@link RetryRefusedException}, or no such row in scope)
     * never stops the others.
     */
    public static QueueRetries each(List<Long> ids, LongConsumer retry) {
        List<Long> retried = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            try {
                retry.accept(id);
                retried.add(id);
            } catch (RetryRefusedException e) {
                refused.add(new Refused(id, e.getMessage(), e.refusal()));
            } catch (NoSuchElementException e) {
                refused.add(new Refused(id, e.getMessage(), Refusal.of(RetryRefusedException.NO_SUCH_ROW, id)));
            }
        }
        return new QueueRetries(retried, refused);
    }
}
