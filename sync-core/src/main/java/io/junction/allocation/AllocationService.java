package io.junction.allocation;

import io.junction.job.ForegroundGate;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.AllocationBlock;
import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.BlockItem;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderBatchMapper;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMaker;
import io.junction.order.PackageMapper;
import io.junction.order.PackageRowWriter;
import io.junction.order.Refusal;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.sku.Pairing;
import io.junction.sku.PairingService;
import io.junction.sku.PairingsChanged;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockLedger;
import io.junction.stock.StockReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates reviewed orders, a chunk of them at a time, each order whole or not at all. A chunk is read, locked and
 * written set-wise in one transaction: its orders and lines read in one statement each, the orders locked, the stock
 * checked order by order against what the orders before took, and what the allocated orders need written with a
 * statement per table. The warehouse SKUs' rows, which a packing station shipping the same SKUs must lock too, are
 * locked last, in id order, just before the reservations are written, and only if they are as the chunk read them
 * (else the chunk is planned again with them locked before it decides, as a single order's allocation always is;
 * every allocation locks its orders before their SKUs): a ship waits
 * for the end of a chunk's transaction, not for all of it. An order that cannot be allocated stays where it was,
 * with the reason reported and its block ({@link AllocationBlock}) stored on the order, so that the order list says
 * why it waits; an allocated order's block is cleared. A bundle's line reserves each of its components, through the
 * stock ledger. Should a chunk fail as a whole (a deadlock, say), its orders are allocated one by one.
 *
 * <p>More orders than a chunk, asked for outside a transaction while no packing station is busy on this node, are
 * allocated two chunks at a time ({@link Overlapped}): a chunk is planned once the one before it has planned, with
 * the SKUs as that one will leave them, and writes its packages and moves while the one before it finishes; it locks
 * its SKUs only once the one before it has committed, and goes on only if they are then as it planned with them
 * (else it is planned again with them locked, as above). The first orders are still served first, and the database
 * works on two chunks at once.
 */
@Service
public class AllocationService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AllocationService.class);

    /**
     * At most this many orders are allocated in one transaction: a job's chunk ({@link
     * io.junction.job.JobService#DEFAULT_CHUNK}), while the SKUs they need stay locked for a fraction of a second.
     */
    static final int CHUNK = 200;

    /**
     * The orders a job's chunk of allocation takes while the stations are quiet ({@link
     * io.junction.job.JobAction#chunk}): five chunks of its own, allocated two at a time.
     */
    public static final int JOB_CHUNK = 5 * CHUNK;

    /**
     * How long an overlapped chunk, planned and written, waits for the chunk before it to commit before it locks its
     * SKUs; past that it rolls back, so that it can hold up nothing, and is planned again once that one is done.
     */
    private static final long BEFORE_PATIENCE_SECONDS = 10;

    private final OrderMapper orders;
    private final OrderBatchMapper lockedOrders;
    private final PackageMapper packages;
    private final PackageRowWriter packageRows;
    private final SkuMapper skus;
    private final StockLedger ledger;
    private final AllocationBlockMapper blocks;
    private final ShopService shops;
    private final Carriers carriers;
    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final PairingService pairings;
    private final AllocationMapper allocations;
    private final AllocationRowWriter allocationRows;
    private final TransactionTemplate tx;
    /** An overlapped chunk's transaction: it takes no gap locks that the chunk before it could wait on. */
    private final TransactionTemplate overlappedTx;

    private final ForegroundGate foreground;
    private final ExecutorService overlap = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "allocation-chunk");
        thread.setDaemon(true);
        return thread;
    });

    public AllocationService(
            OrderMapper orders,
            OrderBatchMapper lockedOrders,
            PackageMapper packages,
            PackageRowWriter packageRows,
            SkuMapper skus,
            StockLedger ledger,
            AllocationBlockMapper blocks,
            ShopService shops,
            Carriers carriers,
            OrderTransitions transitions,
            BatchActionRunner batch,
            PairingService pairings,
            AllocationMapper allocations,
            AllocationRowWriter allocationRows,
            ForegroundGate foreground,
            PlatformTransactionManager txManager) {
        this.orders = orders;
        this.lockedOrders = lockedOrders;
        this.packages = packages;
        this.packageRows = packageRows;
        this.skus = skus;
        this.ledger = ledger;
        this.blocks = blocks;
        this.shops = shops;
        this.carriers = carriers;
        this.transitions = transitions;
        this.batch = batch;
        this.pairings = pairings;
        this.allocations = allocations;
        this.allocationRows = allocationRows;
        this.foreground = foreground;
        this.tx = new TransactionTemplate(txManager);
        this.overlappedTx = new TransactionTemplate(txManager);
        overlappedTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Takes no more chunks; those taken end as they would (their callers wait for them). */
    @Override
    public void destroy() {
        overlap.shutdown();
    }

    /** Allocates the orders, in the order given (the first served first when stock runs short), chunk by chunk. */
    public BatchActionResult allocate(List<Long> orderIds, String actor) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(orderIds));
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            chunks.add(distinct.subList(from, Math.min(from + CHUNK, distinct.size())));
        }
        List<BatchActionResult> results = new ArrayList<>();
        if (chunks.size() > 1 && !TransactionSynchronizationManager.isActualTransactionActive() && !foreground.busy()) {
            allocateOverlapping(chunks, actor, results);
        }
        for (List<Long> chunk : chunks.subList(results.size(), chunks.size())) {
            results.add(allocateChunk(chunk, actor));
        }
        List<Long> succeeded = new ArrayList<>();
        List<BatchActionResult.Failure> failed = new ArrayList<>();
        results.forEach(result -> {
            succeeded.addAll(result.succeeded());
            failed.addAll(result.failed());
        });
        return new BatchActionResult(succeeded, failed);
    }

    /**
     * Allocates the chunks two at a time, in order ({@link Overlapped}), adding the result of each to {@code results};
     * once a station on this node calls, or this node stops taking work, the chunks not begun are left to the caller.
     */
    private void allocateOverlapping(List<List<Long>> chunks, String actor, List<BatchActionResult> results) {
        List<CompletableFuture<BatchActionResult>> running = new ArrayList<>();
        Map<Long, WarehouseSku> skusBefore = Map.of();
        CompletableFuture<BatchActionResult> before = CompletableFuture.completedFuture(null);
        for (List<Long> chunk : chunks) {
            if (foreground.busy()) {
                break; // a station has called: the chunks not begun go one at a time
            }
            if (running.size() >= 2) {
                // two chunks at a time: the one before the one before has committed
                settled(running.get(running.size() - 2));
            }
            Overlapped next = new Overlapped(chunk, actor, skusBefore, before);
            try {
                before = CompletableFuture.supplyAsync(next::allocate, overlap);
            } catch (RejectedExecutionException stopping) {
                break;
            }
            running.add(before);
            skusBefore = settled(next.planned);
        }
        running.forEach(chunk -> results.add(chunk.join()));
    }

    /**
     * A chunk allocated while the chunk before it finishes: planned with the SKUs as that one leaves them, its
     * packages and moves written at once, its SKUs locked once that one has committed (or given up), and kept only if
     * they are then as planned. In a transaction of its own at READ COMMITTED, so that nothing it reads or deletes
     * holds a gap that the chunk before it would insert into while this one waits for it.
     */
    private final class Overlapped {
        private final List<Long> orderIds;
        private final String actor;
        private final Map<Long, WarehouseSku> skusBefore;
        private final CompletableFuture<BatchActionResult> before;
        /** The SKUs this chunk needs as it leaves them once committed; none if it could not plan. */
        final CompletableFuture<Map<Long, WarehouseSku>> planned = new CompletableFuture<>();

        Overlapped(
                List<Long> orderIds,
                String actor,
                Map<Long, WarehouseSku> skusBefore,
                CompletableFuture<BatchActionResult> before) {
            this.orderIds = orderIds;
            this.actor = actor;
            this.skusBefore = skusBefore;
            this.before = before;
        }

        BatchActionResult allocate() {
            try {
                return overlappedTx
                        .execute(s -> {
                            Plan plan = plan(orderIds, false, skusBefore);
                            planned.complete(plan.skusAfter());
                            return write(plan, actor, this::awaitBefore);
                        })
                        .result(orderIds);
            } catch (SkusChangedMeanwhile changed) {
                log.debug("Allocating {} orders again with their SKUs locked: {}", orderIds.size(), changed);
            } catch (BeforeTooSlow waited) {
                log.info("Allocating {} orders again once the chunk before them is done: {}", orderIds.size(), waited);
            } catch (RuntimeException setWiseFailed) {
                log.warn(
                        "Allocating {} orders at once failed; allocating them one by one",
                        orderIds.size(),
                        setWiseFailed);
                planned.complete(Map.of());
                settled(before);
                return allocateOneByOne(orderIds, actor);
            } finally {
                planned.complete(Map.of());
            }
            settled(before);
            return allocateChunk(orderIds, actor);
        }

        private void awaitBefore() {
            try {
                before.get(BEFORE_PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                throw new BeforeTooSlow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the chunk before ran", e);
            } catch (ExecutionException failed) {
                // it has given up: its SKUs are not as planned, and the lock tells
            }
        }
    }

    /** The chunk before an overlapped one has not committed in time: the overlapped one rolls back and waits. */
    private static final class BeforeTooSlow extends RuntimeException {
        BeforeTooSlow() {
            super("the chunk before did not finish within " + BEFORE_PATIENCE_SECONDS + " s", null, false, false);
        }
    }

    /** What the future answers once it is done, or null if it failed (the failure is its own to report). */
    private static <T> T settled(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (RuntimeException failed) {
            return null;
        }
    }

    private BatchActionResult allocateChunk(List<Long> orderIds, String actor) {
        if (orderIds.size() > 1) {
            try {
                return allocateSetWise(orderIds, actor);
            } catch (RuntimeException setWiseFailed) {
                log.warn(
                        "Allocating {} orders at once failed; allocating them one by one",
                        orderIds.size(),
                        setWiseFailed);
            }
        }
        return allocateOneByOne(orderIds, actor);
    }

    private BatchActionResult allocateOneByOne(List<Long> orderIds, String actor) {
        return batch.runEach(
                orderIds,
                id -> tx.execute(s -> write(plan(List.of(id), true, Map.of()), actor, () -> {}))
                        .refusals()
                        .values()
                        .forEach(refused -> {
                            throw refused;
                        }));
    }

    /**
     * Allocates the chunk with its SKUs locked last; should another allocation or a stock movement have changed
     * them since the chunk read them, plans it again with them locked before it decides.
     */
    private BatchActionResult allocateSetWise(List<Long> orderIds, String actor) {
        try {
            return tx.execute(s -> write(plan(orderIds, false, Map.of()), actor, () -> {}))
                    .result(orderIds);
        } catch (SkusChangedMeanwhile changed) {
            log.debug(
                    "SKUs {} changed while {} orders were allocated; allocating them again",
                    changed.ids,
                    orderIds.size());
            return tx.execute(s -> write(plan(orderIds, true, Map.of()), actor, () -> {}))
                    .result(orderIds);
        }
    }

    /**
     * Allocates the reviewed orders that wait on these platform SKUs (an allocation found them unpaired, and a pairing
     * of them was just added or changed), earliest ship-by first, then oldest: each as a clerk's allocation would, all
     * of it or nothing. Those that still cannot be allocated (stock, customs data, logistics method) stay where they
     * are, with the reason in the answer and on the order.
     */
    public BatchActionResult reallocateWaitingOn(Collection<String> platformSkus, String actor) {
        if (platformSkus.isEmpty()) {
            return new BatchActionResult(List.of(), List.of());
        }
        return allocate(allocations.waitingOn(Set.copyOf(platformSkus)), actor);
    }

    /**
     * A pairing came into force: the orders waiting on it move by themselves, once it is committed, in the
     * system's name (the orders may be in shops the person who paired cannot see).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void pairingsChanged(PairingsChanged changed) {
        BatchActionResult result =
                reallocateWaitingOn(changed.platformSkus(), "auto-allocation (pairing by " + changed.actor() + ")");
        if (!result.succeeded().isEmpty()) {
            log.info(
                    "Pairing of {} by {} allocated orders {}",
                    changed.platformSkus(),
                    changed.actor(),
                    result.succeeded());
        }
    }

    /**
     * Allocates one order inside the caller's transaction, as a change of logistics method re-allocates: a block
     * is thrown ({@link AllocationBlockedException}) and rolls the caller's work back with it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void allocateWithin(long orderId, String actor) {
        Plan plan = plan(List.of(orderId), true, Map.of());
        OrderActionException refused = plan.refusals.get(orderId);
        if (refused != null) {
            throw refused;
        }
        write(plan, actor, () -> {});
    }

    /**
     * Reads what allocating these orders takes and decides order by order, writing nothing: the orders and their
     * lines, their pairings, then, locked, the orders themselves (refused if another change came since they were
     * read), and the warehouse SKUs they need (locked now if {@code lockSkusToPlan}, else read and locked by {@link
     * #write} at its end; those in {@code skusBefore}, as a chunk before this one leaves them, are taken from there).
     * Each order is allocated, or refused with the reason its block or status gives, the stock counted as the orders
     * before it in the list took it.
     */
    private Plan plan(List<Long> orderIds, boolean lockSkusToPlan, Map<Long, WarehouseSku> skusBefore) {
        Plan plan = new Plan(lockSkusToPlan);
        Map<Long, Order> seen = new HashMap<>();
        orders.findByIds(orderIds).forEach(o -> seen.put(o.id(), o));
        List<Order> waiting = new ArrayList<>();
        for (long id : orderIds) {
            try {
                waiting.add(transitions.expect(id, seen.get(id), OrderStatus.PENDING_ALLOCATION));
            } catch (OrderActionException refused) {
                plan.refusals.put(id, refused);
            }
        }
        if (waiting.isEmpty()) {
            return plan;
        }
        List<Long> waitingIds = waiting.stream().map(Order::id).toList();
        Map<Long, List<OrderLine>> lines = new HashMap<>();
        orders.linesOf(waitingIds)
                .forEach(l -> lines.computeIfAbsent(l.orderId(), k -> new ArrayList<>())
                        .add(l));
        Pairings paired = pairings(waiting, lines);
        // every allocation locks its orders before their SKUs, so that two allocations of one order never wait on
        // each other in a circle
        Map<Long, Order> now = new HashMap<>();
        lockedOrders.lockByIds(waitingIds).forEach(o -> now.put(o.id(), o));
        Map<Long, WarehouseSku> locked = plan.skus;
        if (lockSkusToPlan) {
            if (!paired.skuIds().isEmpty()) {
                skus.lockByIds(paired.skuIds()).forEach(sku -> locked.put(sku.id(), sku));
            }
        } else {
            Set<Long> toRead = new TreeSet<>();
            paired.skuIds().forEach(id -> {
                WarehouseSku known = skusBefore.get(id);
                if (known == null) {
                    toRead.add(id);
                } else {
                    locked.put(id, known);
                }
            });
            if (!toRead.isEmpty()) {
                skus.findByIds(toRead).forEach(sku -> locked.put(sku.id(), sku));
            }
        }
        Map<Long, Integer> available = new HashMap<>();
        locked.values().forEach(sku -> available.put(sku.id(), sku.available()));
        for (Order order : waiting) {
            try {
                Order current = transitions.expect(order.id(), now.get(order.id()), OrderStatus.PENDING_ALLOCATION);
                if (current.version() != order.version()) {
                    throw OrderTransitions.changedMeanwhile(order);
                }
                List<OrderLine> its = lines.getOrDefault(order.id(), List.of());
                List<List<Component>> components = pair(order, its, paired, locked);
                LogisticsMethod method = logisticsMethod(order, plan);
                Map<Long, Integer> needed = checkStock(order, its, components, available);
                needed.forEach((skuId, units) -> available.merge(skuId, -units, Integer::sum));
                plan.allocated.add(new Allocated(current, its, components, method, needed));
            } catch (OrderActionException refused) {
                plan.refusals.put(order.id(), refused);
            }
        }
        return plan;
    }

    /**
     * Writes what the plan decided, a statement or two per table: the blocks of the refused orders, and for the
     * allocated ones their packages with their lines (customs data copied from the SKUs), logistics methods and
     * moves, then what writes to the SKUs' rows or checks them as foreign keys (and would hold them so until the
     * end): the SKUs locked if the plan did not lock them (once {@code beforeLockingSkus} has run), the refused orders'
     * block items, the allocated orders' lines and reservations.
     */
    private Plan write(Plan plan, String actor, Runnable beforeLockingSkus) {
        List<Long> tried = new ArrayList<>();
        plan.allocated.stream()
                .map(Allocated::order)
                .filter(o -> o.allocationBlock() != null)
                .forEach(o -> tried.add(o.id()));
        Map<AllocationBlock, List<Long>> blocked = new EnumMap<>(AllocationBlock.class);
        List<BlockItem> items = new ArrayList<>();
        plan.refusals.values().forEach(refused -> {
            if (refused instanceof AllocationBlockedException block) {
                tried.add(block.orderId());
                blocked.computeIfAbsent(block.block(), b -> new ArrayList<>()).add(block.orderId());
                items.addAll(block.items());
            }
        });
        if (!tried.isEmpty()) {
            blocks.deleteItems(tried);
        }
        blocked.forEach((block, ids) -> blocks.setBlock(ids, block));
        if (!plan.allocated.isEmpty()) {
            writePackages(plan.allocated, actor);
        }
        if (!plan.skusLocked && !plan.skus.isEmpty()) {
            beforeLockingSkus.run();
            lockAsRead(plan.skus);
        }
        if (!items.isEmpty()) {
            blocks.insertItems(items);
        }
        if (!plan.allocated.isEmpty()) {
            reserve(plan.allocated, actor);
        }
        return plan;
    }

    /** Locks the SKUs' rows in id order, unless one has changed for an allocation since it was read. */
    private void lockAsRead(Map<Long, WarehouseSku> read) {
        List<Long> changed = new ArrayList<>();
        skus.lockByIds(read.keySet()).forEach(now -> {
            if (!allocatesAlike(read.get(now.id()), now)) {
                changed.add(now.id());
            }
        });
        if (!changed.isEmpty()) {
            throw new SkusChangedMeanwhile(changed);
        }
    }

    /**
     * Whether an allocation decides and writes the same with either: the same units available and the same customs
     * data. A ship meanwhile takes its units off the shelf and out of the reservation together, which changes
     * neither.
     */
    private static boolean allocatesAlike(WarehouseSku read, WarehouseSku now) {
        return read != null
                && read.available() == now.available()
                && read.equals(new WarehouseSku(
                        now.id(),
                        now.sku(),
                        now.name(),
                        now.location(),
                        read.onHand(),
                        read.reserved(),
                        now.declaredNameEn(),
                        now.declaredNameCn(),
                        now.declaredValue(),
                        now.weightGrams(),
                        now.hsCode()));
    }

    /** The allocated orders' lines marked reserved with their SKUs, and their stock reserved. */
    private void reserve(List<Allocated> allocated, String actor) {
        List<StockLedger.Reservation> reservations = new ArrayList<>();
        List<AllocationRowWriter.ReservedLine> reservedLines = new ArrayList<>();
        for (Allocated a : allocated) {
            StockReference reference = StockReference.order(a.order().id());
            a.needed()
                    .forEach((skuId, units) -> reservations.add(new StockLedger.Reservation(skuId, units, reference)));
            for (int i = 0; i < a.lines().size(); i++) {
                List<Component> components = a.components().get(i);
                reservedLines.add(new AllocationRowWriter.ReservedLine(
                        a.lines().get(i).id(),
                        components.size() == 1 ? components.get(0).sku().id() : null));
            }
        }
        allocationRows.reserveLines(reservedLines);
        ledger.reserveAll(reservations, actor);
    }

    private void writePackages(List<Allocated> allocated, String actor) {
        List<PackageRowWriter.NewPackage> newPackages = new ArrayList<>();
        Map<Long, Long> methods = new HashMap<>();
        for (Allocated a : allocated) {
            // The reference is derived from the id the insert generates; MySQL lets no generated column read an
            // AUTO_INCREMENT one, so it is set by a second statement in the same transaction.
            newPackages.add(new PackageRowWriter.NewPackage(
                    a.order().id(), placeholder(a.order().id()), a.method().id(), Math.max(a.weightGrams(), 1)));
            methods.put(a.order().id(), a.method().id());
        }
        packageRows.insertAll(newPackages);
        Map<Long, Long> packageOf = new HashMap<>();
        List<PackageMapper.Numbered> numbered = new ArrayList<>();
        for (PackageMapper.Numbered inserted : packages.idsByPackageNo(
                newPackages.stream().map(PackageRowWriter.NewPackage::packageNo).toList())) {
            packageOf.put(Long.parseLong(inserted.packageNo().substring(PLACEHOLDER.length())), inserted.id());
            numbered.add(new PackageMapper.Numbered(inserted.id(), packageNo(inserted.id())));
        }
        packages.assignPackageNos(numbered);
        List<PackageRowWriter.NewLine> packageLines = new ArrayList<>();
        for (Allocated a : allocated) {
            long packageId = packageOf.get(a.order().id());
            for (int i = 0; i < a.lines().size(); i++) {
                OrderLine line = a.lines().get(i);
                for (Component component : a.components().get(i)) {
                    WarehouseSku sku = component.sku();
                    packageLines.add(new PackageRowWriter.NewLine(
                            packageId,
                            line.id(),
                            sku.id(),
                            line.quantity() * component.unitsPerItem(),
                            component.unitsPerItem(),
                            sku.declaredNameEn(),
                            sku.declaredNameCn(),
                            sku.hsCode(),
                            sku.declaredValue(),
                            sku.weightGrams(),
                            a.order().currency()));
                }
            }
        }
        packageRows.insertLines(packageLines);
        Map<Long, String> shippingBy = new HashMap<>();
        allocated.forEach(a -> shippingBy.put(a.order().id(), a.method().name()));
        transitions.moveLocked(
                allocated.stream().map(Allocated::order).toList(),
                OrderStatus.PENDING_TRACKING,
                actor,
                order -> "allocated: stock reserved, shipping by " + shippingBy.get(order.id()),
                methods);
    }

    /** What allocating a chunk decided: the orders to allocate, and the others with the reason of each. */
    private static final class Plan {
        final boolean skusLocked;
        /** The warehouse SKUs the orders need, as read (and locked if {@link #skusLocked}). */
        final Map<Long, WarehouseSku> skus = new TreeMap<>();

        final List<Allocated> allocated = new ArrayList<>();
        final Map<Long, OrderActionException> refusals = new LinkedHashMap<>();
        final Map<Long, Shop> shops = new HashMap<>();
        final Map<Long, LogisticsMethod> methods = new HashMap<>();

        Plan(boolean skusLocked) {
            this.skusLocked = skusLocked;
        }

        List<Long> allocatedIds() {
            return allocated.stream().map(a -> a.order().id()).toList();
        }

        /** The SKUs as this plan leaves them once written: what the allocated orders need reserved. */
        Map<Long, WarehouseSku> skusAfter() {
            Map<Long, WarehouseSku> after = new HashMap<>(skus);
            allocated.forEach(a -> a.needed()
                    .forEach((id, units) -> after.computeIfPresent(
                            id,
                            (k, sku) -> new WarehouseSku(
                                    sku.id(),
                                    sku.sku(),
                                    sku.name(),
                                    sku.location(),
                                    sku.onHand(),
                                    sku.reserved() + units,
                                    sku.declaredNameEn(),
                                    sku.declaredNameCn(),
                                    sku.declaredValue(),
                                    sku.weightGrams(),
                                    sku.hsCode()))));
            return after;
        }

        Map<Long, OrderActionException> refusals() {
            return refusals;
        }

        /** The outcome of each order, in the order of {@code orderIds}. */
        BatchActionResult result(List<Long> orderIds) {
            Set<Long> ok = Set.copyOf(allocatedIds());
            return new BatchActionResult(
                    orderIds.stream().filter(ok::contains).toList(),
                    orderIds.stream()
                            .filter(refusals::containsKey)
                            .map(id -> new BatchActionResult.Failure(
                                    id,
                                    refusals.get(id).getMessage(),
                                    refusals.get(id).refusal()))
                            .toList());
        }
    }

    /** One order to allocate: its lines, the warehouse SKUs of each, its method and the units it reserves per SKU. */
    private record Allocated(
            Order order,
            List<OrderLine> lines,
            List<List<Component>> components,
            LogisticsMethod method,
            Map<Long, Integer> needed) {

        int weightGrams() {
            int weight = 0;
            for (int i = 0; i < lines.size(); i++) {
                for (Component component : components.get(i)) {
                    weight += component.sku().weightGrams() * lines.get(i).quantity() * component.unitsPerItem();
                }
            }
            return weight;
        }
    }

    /** A chunk's SKUs changed between its reading them and its locking them: it is rolled back and planned again. */
    private static final class SkusChangedMeanwhile extends RuntimeException {
        final List<Long> ids;

        SkusChangedMeanwhile(List<Long> ids) {
            super("SKUs " + ids + " changed meanwhile", null, false, false);
            this.ids = ids;
        }
    }

    private static final String PLACEHOLDER = "PENDING-";

    private static String placeholder(long orderId) {
        return PLACEHOLDER + orderId;
    }

    /** Our package reference: unique, short, scannable, and what the carrier sees as its customer order number. */
    static String packageNo(long packageId) {
        return PackageMaker.packageNo(packageId);
    }

    private LogisticsMethod logisticsMethod(Order order, Plan plan) {
        Long methodId = order.logisticsMethodId() != null
                ? order.logisticsMethodId()
                : plan.shops.computeIfAbsent(order.shopId(), shops::get).defaultLogisticsMethodId();
        if (methodId == null) {
            throw new AllocationBlockedException(
                    order.id(),
                    AllocationBlock.NO_LOGISTICS_METHOD,
                    List.of(),
                    Refusal.of(Refusal.NO_LOGISTICS_METHOD),
                    "No logistics method: set one on the order or a default on its shop");
        }
        return plan.methods.computeIfAbsent(methodId, carriers::method);
    }

    /** One warehouse SKU of an order line, {@code unitsPerItem} of it per unit sold. */
    private record Component(WarehouseSku sku, int unitsPerItem) {}

    /**
     * The pairings in force for the orders' lines, by shop and platform, the warehouse SKUs whose codes are exactly
     * the platform SKUs without one, and the ids of every warehouse SKU these name.
     */
    private record Pairings(
            Map<List<Object>, Map<String, Pairing>> inForce, Map<String, WarehouseSku> exact, Set<Long> skuIds) {

        Map<String, Pairing> of(Order order) {
            return inForce.get(scope(order));
        }

        static List<Object> scope(Order order) {
            return List.of(order.shopId(), order.platform());
        }
    }

    private Pairings pairings(List<Order> waiting, Map<Long, List<OrderLine>> lines) {
        Map<List<Object>, Set<String>> wanted = new LinkedHashMap<>();
        for (Order order : waiting) {
            Set<String> codes = wanted.computeIfAbsent(Pairings.scope(order), k -> new HashSet<>());
            lines.getOrDefault(order.id(), List.of()).forEach(l -> codes.add(l.platformSku()));
        }
        Map<List<Object>, Map<String, Pairing>> inForce = new HashMap<>();
        Set<String> unpaired = new HashSet<>();
        Set<Long> skuIds = new TreeSet<>();
        wanted.forEach((scope, codes) -> {
            Map<String, Pairing> found = pairings.inForce((Long) scope.get(0), (String) scope.get(1), codes);
            inForce.put(scope, found);
            found.values().forEach(p -> p.components().forEach(c -> skuIds.add(c.skuId())));
            codes.stream().filter(c -> c != null && !found.containsKey(c)).forEach(unpaired::add);
        });
        Map<String, WarehouseSku> exact = skus.findBySkusExactly(unpaired);
        exact.values().forEach(sku -> skuIds.add(sku.id()));
        return new Pairings(inForce, exact, skuIds);
    }

    /**
     * The warehouse SKUs of each line, as the pairing in force now says (the shop's, else the platform's,
     * else the global one), else the warehouse SKU whose code the platform SKU is exactly, each as locked. Blocked
     * with every unpaired platform SKU named, then with every SKU without customs data. Each line will record its
     * SKU (none for a bundle), and its package lines the components, so that what follows the allocation
     * (release, pick, scan, ship, write-back) keeps to them whatever the pairing becomes.
     */
    private static List<List<Component>> pair(
            Order order, List<OrderLine> lines, Pairings pairings, Map<Long, WarehouseSku> locked) {
        Map<String, Pairing> inForce = pairings.of(order);
        List<List<Component>> paired = new ArrayList<>();
        Set<String> unpaired = new LinkedHashSet<>();
        for (OrderLine line : lines) {
            Pairing pairing = inForce.get(line.platformSku());
            List<Component> components = new ArrayList<>();
            if (pairing != null) {
                pairing.components().forEach(c -> components.add(new Component(locked.get(c.skuId()), c.quantity())));
            } else {
                WarehouseSku sku = pairings.exact().get(line.platformSku());
                if (sku == null) {
                    unpaired.add(line.platformSku());
                } else {
                    components.add(new Component(locked.get(sku.id()), 1));
                }
            }
            paired.add(components);
        }
        if (!unpaired.isEmpty()) {
            String skusAtFault = String.join(", ", unpaired);
            throw new AllocationBlockedException(
                    order.id(),
                    AllocationBlock.UNPAIRED,
                    unpaired.stream()
                            .map(code -> new BlockItem(order.id(), null, code, null))
                            .toList(),
                    Refusal.of(Refusal.SKU_NOT_PAIRED, skusAtFault),
                    "SKU " + skusAtFault + " is not paired with a warehouse SKU");
        }
        Map<Long, WarehouseSku> noCustoms = new LinkedHashMap<>();
        paired.stream()
                .flatMap(List::stream)
                .map(Component::sku)
                .filter(sku -> !sku.hasCustomsData())
                .forEach(sku -> noCustoms.putIfAbsent(sku.id(), sku));
        if (!noCustoms.isEmpty()) {
            String first = noCustoms.values().iterator().next().sku();
            throw new AllocationBlockedException(
                    order.id(),
                    AllocationBlock.NO_CUSTOMS_DATA,
                    noCustoms.values().stream()
                            .map(sku -> new BlockItem(order.id(), sku.id(), sku.sku(), null))
                            .toList(),
                    Refusal.of(Refusal.NO_CUSTOMS_DATA, first),
                    "Warehouse SKU " + first + " has no customs data (English name and value)");
        }
        return paired;
    }

    /**
     * The units of each warehouse SKU the order's unreserved lines need together; blocks the order, naming every
     * warehouse SKU short of stock and by how much, unless {@code stock} (available units by SKU) covers them all.
     */
    private static Map<Long, Integer> checkStock(
            Order order, List<OrderLine> lines, List<List<Component>> paired, Map<Long, Integer> stock) {
        Map<Long, Integer> needed = new LinkedHashMap<>();
        Map<Long, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).reserved()) {
                continue;
            }
            for (Component component : paired.get(i)) {
                needed.merge(component.sku().id(), lines.get(i).quantity() * component.unitsPerItem(), Integer::sum);
                codes.put(component.sku().id(), component.sku().sku());
            }
        }
        List<BlockItem> missing = new ArrayList<>();
        Refusal first = null;
        String reason = null;
        for (Map.Entry<Long, Integer> need : needed.entrySet()) {
            int available = stock.get(need.getKey());
            if (available < need.getValue()) {
                String code = codes.get(need.getKey());
                missing.add(new BlockItem(order.id(), need.getKey(), code, need.getValue() - Math.max(available, 0)));
                if (first == null) {
                    first = Refusal.of(Refusal.NOT_ENOUGH_STOCK, code, need.getValue(), available);
                    reason = "Not enough stock of " + code + ": " + need.getValue() + " needed, " + available
                            + " available";
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new AllocationBlockedException(order.id(), AllocationBlock.OUT_OF_STOCK, missing, first, reason);
        }
        return needed;
    }
}
