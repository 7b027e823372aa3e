package io.junction.allocation;

import io.junction.order.BatchActionResult;
import io.junction.order.OrderReviewed;
import io.junction.stock.StockArrived;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Orders move on by themselves. Orders waiting for stock (an allocation found it short) are allocated once a
 * movement that brings that stock commits (a receipt, an adjustment up, a return, a reservation given back),
 * earliest ship-by first, then oldest. When the seller turns automatic allocation on ({@link AllocationSettings})
 * a reviewed order is allocated after its review commits too; with it off, a reviewed order waits for a clerk's
 * first allocation. This runs in the background on one thread, so the request that brought the stock is not
 * slowed, and orders are served in that order; each order is allocated whole or not at all.
 */
@Service
public class AutoAllocation implements DisposableBean {

    /** Who the order history says allocated the order. */
    public static final String ACTOR = "auto-allocation";

    private static final Logger log = LoggerFactory.getLogger(AutoAllocation.class);

    private final AllocationService allocation;
    private final AllocationBlockMapper blocks;
    private final AllocationSettings settings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "auto-allocation");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> reviewed = new HashSet<>();
    private final Set<Long> arrived = new HashSet<>();
    /** Whether a drain is queued and has not begun: what arrives meanwhile waits for it, not for one of its own. */
    private boolean drainQueued;

    public AutoAllocation(AllocationService allocation, AllocationBlockMapper blocks, AllocationSettings settings) {
        this.allocation = allocation;
        this.blocks = blocks;
        this.settings = settings;
    }

    @TransactionalEventListener
    public void onStockArrived(StockArrived event) {
        synchronized (this) {
            arrived.add(event.skuId());
        }
        run();
    }

    @TransactionalEventListener
    public void onOrderReviewed(OrderReviewed event) {
        retry(List.of(event.orderId()));
    }

    /** Allocates these reviewed orders in the background, if automatic allocation is on. */
    public void retry(List<Long> orderIds) {
        synchronized (this) {
            reviewed.addAll(orderIds);
        }
        run();
    }

    /**
     * Queues a drain unless one is queued and has not begun: a batch approval announces its orders one by one, and
     * a drain for each (each reading the setting) kept a second core busy while the batch ran.
     */
    private void run() {
        synchronized (this) {
            if (drainQueued) {
                return;
            }
            drainQueued = true;
        }
        try {
            executor.execute(this::drainQueued);
        } catch (RejectedExecutionException stopping) {
            synchronized (this) {
                drainQueued = false;
            }
            log.debug("Not allocating by itself: the application is stopping");
        }
    }

    /** The queued drain: what arrives from now on queues the next one. */
    private void drainQueued() {
        synchronized (this) {
            drainQueued = false;
        }
        drain();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** Allocates whatever waits for what arrived since the last run; a run with nothing new does nothing. */
    void drain() {
        Set<Long> orders;
        Set<Long> skus;
        synchronized (this) {
            orders = Set.copyOf(reviewed);
            skus = Set.copyOf(arrived);
            reviewed.clear();
            arrived.clear();
        }
        if (!orders.isEmpty() && !settings.autoAllocate()) {
            orders = Set.of();
        }
        if (orders.isEmpty() && skus.isEmpty()) {
            return;
        }
        try {
            // in the queue's order, as one batch: the stock goes to the first in the queue that it covers
            BatchActionResult result = allocation.allocate(blocks.queue(orders, skus), ACTOR);
            result.succeeded().forEach(orderId -> log.info("Order {} allocated by itself", orderId));
        } catch (RuntimeException e) {
            log.error("Automatic allocation of orders {} and of those waiting for SKUs {} failed", orders, skus, e);
        }
    }
}
