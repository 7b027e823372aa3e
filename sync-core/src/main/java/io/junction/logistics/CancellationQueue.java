package io.junction.logistics;

import io.junction.outbox.QueueRetries;
import io.junction.outbox.RetryRefusedException;
import io.junction.shop.ShopScope;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The carrier parcel cancellations that failed or were refused, as a queue a person works. A retry puts the
 * row back in its outbox, due now with every attempt back (and a refused package back to CANCELLING); the
 * {@link ParcelCancellationService} relay then settles it as it settles any row, looking an uncertain parcel
 * up first, so a parcel is never cancelled twice.
 */
@Service
public class CancellationQueue {

    /** The statuses a person has to act on. */
    public static final List<CancellationStatus> TO_WORK =
            List.of(CancellationStatus.FAILED, CancellationStatus.REFUSED);

    private static final RetryRefusedException.Queue REFUSALS = new RetryRefusedException.Queue(
            "parcel cancellation", RetryRefusedException.ALREADY_CANCELLED, "done", "its queue");

    private final CancellationQueueMapper queue;
    private final ShopScope scope;
    private final Clock clock;
    private final TransactionTemplate tx;

    public CancellationQueue(
            CancellationQueueMapper queue, ShopScope scope, Clock clock, PlatformTransactionManager transactions) {
        this.queue = queue;
        this.scope = scope;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** One page of cancellations in scope, newest first, and how many there are. */
    public record Page(List<FailedCancellation> items, long total) {}

    /** Cancellations of these statuses (every status when null). */
    public Page list(List<CancellationStatus> statuses, int offset, int limit) {
        List<CancellationStatus> asked = statuses == null || statuses.isEmpty() ? null : statuses;
        return new Page(queue.list(asked, scope.shopIds(), offset, limit), queue.count(asked, scope.shopIds()));
    }

    /** How many cancellations in scope wait for a person. */
    public long countToWork() {
        return queue.count(TO_WORK, scope.shopIds());
    }

    /** @throws NoSuchElementException when there is no such cancellation in scope */
    public FailedCancellation get(long id) {
        return scope.require(queue.findById(id), FailedCancellation::shopId, "no parcel cancellation " + id);
    }

    /**
     * Puts a failed or refused cancellation back in its outbox, due now.
     *
     * @throws NoSuchElementException when there is no such cancellation in scope
     * @throws RetryRefusedException when the parcel is cancelled already, or the row waits in its outbox
     */
    public FailedCancellation retry(long id, String actor) {
        FailedCancellation row = get(id);
        tx.executeWithoutResult(s -> {
            if (queue.requeue(id, actor, clock.instant()) != 1) {
                throw REFUSALS.notRequeued(id, get(id).status() == CancellationStatus.CANCELLED);
            }
            queue.reopenPackage(row.packageId());
        });
        return get(id);
    }

    /** Retries each cancellation in turn, each once; one refusal never stops the others. */
    public QueueRetries retryAll(List<Long> ids, String actor) {
        return QueueRetries.each(ids, id -> retry(id, actor));
    }
}
