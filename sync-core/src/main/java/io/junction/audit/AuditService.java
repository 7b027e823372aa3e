package io.junction.audit;

import io.junction.job.ForegroundGate;
import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderReviewed;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reviews orders in batches: each reviewed order moves on to allocation. */
@Service
public class AuditService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditService.class);

    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final ApplicationEventPublisher events;
    /** At most this many orders are reviewed in one transaction. */
    static final int CHUNK = 200;

    /**
     * The orders a job's chunk of review takes while the stations are quiet ({@link
     * io.junction.job.JobAction#chunk}): five chunks of its own, reviewed two at a time.
     */
    public static final int JOB_CHUNK = 5 * CHUNK;

    private final TransactionTemplate tx;
    /**
     * A chunk's transaction while another chunk is reviewed beside it: at READ COMMITTED its guarded update keeps
     * locked only its own orders, whichever index the database reads them by (at REPEATABLE READ, an update that
     * read them by an index of the status locked the other chunk's orders too, and the two deadlocked).
     */
    private final TransactionTemplate overlappedTx;

    private final ForegroundGate foreground;
    private final ExecutorService overlap = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "order-review");
        thread.setDaemon(true);
        return thread;
    });

    public AuditService(
            OrderTransitions transitions,
            BatchActionRunner batch,
            ApplicationEventPublisher events,
            ForegroundGate foreground,
            PlatformTransactionManager txManager) {
        this.foreground = foreground;
        this.transitions = transitions;
        this.batch = batch;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
        this.overlappedTx = new TransactionTemplate(txManager);
        overlappedTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Takes no more chunks; those taken end as they would (their callers wait for them). */
    @Override
    public void destroy() {
        overlap.shutdown();
    }

    /**
     * Reviews the orders; each one reviewed is announced ({@link OrderReviewed}) for automatic allocation. Several
     * orders are reviewed set-wise in one transaction (see {@link OrderTransitions#moveAll}): the same guarded move
     * and history row per order, at a fraction of the round trips. Should that fail, they are reviewed one by one.
     * More than a chunk of them, asked for outside a transaction while no packing station on this node is busy, are
     * reviewed a chunk at a time, two chunks at once (threads {@code order-review}), so that the database moves two
     * chunks at once; the outcomes are answered in the order given.
     */
    public BatchActionResult audit(List<Long> orderIds, String actor) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(orderIds));
        if (distinct.size() <= CHUNK
                || TransactionSynchronizationManager.isActualTransactionActive()
                || foreground.busy()) {
            return auditChunk(orderIds, actor, tx);
        }
        List<CompletableFuture<BatchActionResult>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(from + CHUNK, distinct.size()));
            if (chunks.size() >= 2) {
                chunks.get(chunks.size() - 2).join();
            }
            CompletableFuture<BatchActionResult> reviewing;
            try {
                reviewing = CompletableFuture.supplyAsync(() -> auditChunk(chunk, actor, overlappedTx), overlap);
            } catch (RejectedExecutionException stopping) {
                reviewing = CompletableFuture.completedFuture(auditChunk(chunk, actor, tx));
            }
            chunks.add(reviewing);
        }
        List<Long> succeeded = new ArrayList<>();
        List<BatchActionResult.Failure> failed = new ArrayList<>();
        chunks.forEach(chunk -> {
            succeeded.addAll(chunk.join().succeeded());
            failed.addAll(chunk.join().failed());
        });
        return new BatchActionResult(succeeded, failed);
    }

    private BatchActionResult auditChunk(List<Long> orderIds, String actor, TransactionTemplate tx) {
        if (orderIds.size() > 1) {
            try {
                return tx.execute(s -> {
                    BatchActionResult result = transitions.moveAll(
                            orderIds, OrderStatus.PENDING_AUDIT, OrderStatus.PENDING_ALLOCATION, actor, "reviewed");
                    result.succeeded().forEach(id -> events.publishEvent(new OrderReviewed(id)));
                    return result;
                });
            } catch (RuntimeException setWiseFailed) {
                log.warn(
                        "Reviewing {} orders at once failed; reviewing them one by one",
                        orderIds.size(),
                        setWiseFailed);
            }
        }
        return batch.run(orderIds, id -> review(transitions.load(id, OrderStatus.PENDING_AUDIT), actor, "reviewed"));
    }

    /**
     * Reviews orders the caller locked (FOR UPDATE) and found waiting for review, as {@link #review} reviews one
     * (a rule that approves a batch of them): one guarded move and one history insert for them all, each announced
     * for automatic allocation after the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reviewLocked(List<Order> locked, String actor, String reason) {
        reviewLocked(locked, actor, reason, Map.of());
    }

    /**
     * Reviews orders the caller locked, as {@link #reviewLocked(List, String, String)} does, and in the same update
     * sets the logistics method of those {@code methods} names (order id to method id): a rule that chose a method.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reviewLocked(List<Order> locked, String actor, String reason, Map<Long, Long> methods) {
        for (Order order : locked) {
            if (order.status() != OrderStatus.PENDING_AUDIT) {
                throw new IllegalArgumentException("order " + order.id() + " is " + order.status() + ", not to review");
            }
        }
        transitions.moveLockedSettingMethods(locked, OrderStatus.PENDING_ALLOCATION, actor, o -> reason, methods);
        locked.forEach(order -> events.publishEvent(new OrderReviewed(order.id())));
    }

    /**
     * Reviews one order as the caller read it (a person, or a rule that approves it), in the caller's
     * transaction, and announces it for automatic allocation after the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void review(Order seen, String actor, String reason) {
        if (seen.status() != OrderStatus.PENDING_AUDIT) {
            throw new OrderActionException(
                    seen.id(),
                    Refusal.of(Refusal.WRONG_STATUS, seen.status(), OrderStatus.PENDING_AUDIT),
                    "Order is " + seen.status() + ", not " + OrderStatus.PENDING_AUDIT);
        }
        transitions.move(seen, OrderStatus.PENDING_ALLOCATION, actor, reason);
        events.publishEvent(new OrderReviewed(seen.id()));
    }
}
