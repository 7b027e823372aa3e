package io.junction.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one action over many orders, each order in its own transaction, and reports per order what
 * succeeded and what failed and why. One order's failure never undoes another's success.
 */
@Component
public class BatchActionRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchActionRunner.class);

    private final TransactionTemplate transactions;

    public BatchActionRunner(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Applies {@code action} to each distinct order id, in its own transaction. */
    public BatchActionResult run(List<Long> orderIds, LongConsumer action) {
        return runEach(orderIds, orderId -> transactions.executeWithoutResult(status -> action.accept(orderId)));
    }

    /**
     * Applies {@code action} to each distinct order id with no surrounding transaction: for actions
     * that call a remote service and keep their own transactions short.
     */
    public BatchActionResult runEach(List<Long> orderIds, LongConsumer action) {
        Outcomes outcomes = new Outcomes();
        for (long orderId : new LinkedHashSet<>(orderIds)) {
            outcomes.attempt(orderId, action);
        }
        return outcomes.in(List.copyOf(new LinkedHashSet<>(orderIds)));
    }

    /**
     * Applies {@code action} to each distinct order id as {@link #runEach} does, several at a time: the orders
     * are grouped in lanes (a carrier account, say) and at most {@code perLane} of a lane run at once, on
     * {@code executor}. Returns when every order is done, the results in the order of {@code orderIds}.
     *
     * @param lane the lane of an order; orders whose lane cannot be told (null) share one lane
     */
    public BatchActionResult runInParallel(
            List<Long> orderIds, LongFunction<Object> lane, int perLane, Executor executor, LongConsumer action) {
        if (perLane < 1) {
            throw new IllegalArgumentException("perLane must be at least 1, got " + perLane);
        }
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(orderIds));
        Outcomes outcomes = new Outcomes();
        Map<Object, Queue<Long>> lanes = new LinkedHashMap<>();
        for (long orderId : distinct) {
            Object key = Objects.requireNonNullElse(laneOf(orderId, lane, outcomes), Lane.UNKNOWN);
            if (key != Lane.FAILED) {
                lanes.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(orderId);
            }
        }
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (Queue<Long> queue : lanes.values()) {
            for (int i = Math.min(perLane, queue.size()); i > 0; i--) {
                workers.add(CompletableFuture.runAsync(
                        () -> {
                            for (Long next = queue.poll(); next != null; next = queue.poll()) {
                                outcomes.attempt(next, action);
                            }
                        },
                        executor));
            }
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        return outcomes.in(distinct);
    }

    private static Object laneOf(long orderId, LongFunction<Object> lane, Outcomes outcomes) {
        try {
            return lane.apply(orderId);
        } catch (RuntimeException unknown) {
            // the action itself tells why the order cannot go ahead
            outcomes.attempt(orderId, id -> {
                throw unknown;
            });
            return Lane.FAILED;
        }
    }

    private enum Lane {
        UNKNOWN,
        FAILED
    }

    /** The per-order results, gathered from any thread. */
    private static final class Outcomes {
        private final Map<Long, BatchActionResult.Failure> failed = new java.util.concurrent.ConcurrentHashMap<>();
        private final Queue<Long> succeeded = new ConcurrentLinkedQueue<>();

        void attempt(long orderId, LongConsumer action) {
            try {
                action.accept(orderId);
                succeeded.add(orderId);
            } catch (OrderActionException refused) {
                failed.put(orderId, new BatchActionResult.Failure(orderId, refused.getMessage(), refused.refusal()));
            } catch (RuntimeException unexpected) {
                log.error("Action on order {} failed unexpectedly", orderId, unexpected);
                failed.put(
                        orderId,
                        new BatchActionResult.Failure(
                                orderId,
                                "Unexpected error: " + unexpected.getMessage(),
                                Refusal.of(Refusal.UNEXPECTED, String.valueOf(unexpected.getMessage()))));
            }
        }

        /** The results, each list in the order of {@code orderIds}. */
        BatchActionResult in(List<Long> orderIds) {
            Map<Long, Integer> position = new LinkedHashMap<>();
            for (int i = 0; i < orderIds.size(); i++) {
                position.put(orderIds.get(i), i);
            }
            List<Long> ok = new ArrayList<>(succeeded);
            ok.sort(Comparator.comparing(position::get));
            List<BatchActionResult.Failure> refused = new ArrayList<>(failed.values());
            refused.sort(Comparator.comparing(f -> position.get(f.orderId())));
            return new BatchActionResult(ok, refused);
        }
    }
}
