package io.junction.writeback;

import io.junction.order.OrderMapper;
import io.junction.outbox.QueueRetries;
import io.junction.outbox.RetryRefusedException;
import io.junction.shop.ShopScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shipment confirmations as a queue a person works: the failed ones with the marketplace's reason, and
 * their retry. A retry only puts a FAILED row back in the outbox, due now with every attempt back; the relay
 * sends it as it sends any row (claimed with a lease, "already shipped" taken as success), so a retry clicked
 * twice, or of a confirmation the marketplace had in fact accepted, never confirms a shipment twice.
 */
@Service
public class WriteBackQueue {

    private static final RetryRefusedException.Queue REFUSALS = new RetryRefusedException.Queue(
            "confirmation", RetryRefusedException.ALREADY_CONFIRMED, "confirmed", "the outbox");

    private final WriteBackQueueMapper queue;
    private final OutboxMapper outbox;
    private final OrderMapper orders;
    private final ShopScope scope;
    private final Clock clock;
    private final TransactionTemplate tx;

    public WriteBackQueue(
            WriteBackQueueMapper queue,
            OutboxMapper outbox,
            OrderMapper orders,
            ShopScope scope,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.queue = queue;
        this.outbox = outbox;
        this.orders = orders;
        this.scope = scope;
        this.clock = clock;
    }

    /** One page of confirmations in scope, of one status or all, newest first, and how many there are. */
    public record Page(List<FailedConfirmation> items, long total) {}

    public Page list(OutboxStatus status, int offset, int limit) {
        return new Page(queue.list(status, scope.shopIds(), offset, limit), queue.count(status, scope.shopIds()));
    }

    /** How many confirmations in scope are in {@code status}. */
    public long count(OutboxStatus status) {
        return queue.count(status, scope.shopIds());
    }

    /** @throws NoSuchElementException when there is no such confirmation in scope */
    public FailedConfirmation get(long id) {
        return scope.require(queue.findById(id), FailedConfirmation::shopId, "no confirmation " + id);
    }

    /**
     * Puts a failed confirmation back in the outbox, due now, and the order's write-back back to pending.
     *
     * @throws NoSuchElementException when there is no such confirmation in scope
     * @throws RetryRefusedException when it is confirmed, or waits in the outbox already
     */
    public FailedConfirmation retry(long id, String actor) {
        FailedConfirmation row = get(id);
        tx.executeWithoutResult(s -> requeue(row, actor));
        return get(id);
    }

    private void requeue(FailedConfirmation row, String actor) {
        long id = row.id();
        Instant now = clock.instant();
        if (queue.requeue(id, actor, now) != 1) {
            throw REFUSALS.notRequeued(id, get(id).status() == OutboxStatus.CONFIRMED);
        }
        WriteBackService.resummarise(outbox, orders, row.orderId(), now);
    }

    /** Retries each confirmation in turn, each once; one refusal never stops the others. */
    public QueueRetries retryAll(List<Long> ids, String actor) {
        return QueueRetries.each(ids, id -> retry(id, actor));
    }
}
