package io.junction.logistics;

import io.junction.customs.CustomsMapper;
import io.junction.customs.LineCustoms;
import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.outcome.RemoteOutcome;
import io.junction.secret.Redaction;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.sync.ClusterMembers;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests tracking numbers: one carrier pre-advice per package, at most one carrier parcel per
 * package under any fault. The intent (a claim on the package) is committed before the call; an
 * attempt that follows an unknown outcome or a crash asks the carrier for our reference first and
 * adopts what it finds. Remote calls run outside any transaction.
 */
@Service
public class PreAdviceService {

    private static final Logger log = LoggerFactory.getLogger(PreAdviceService.class);

    /**
     * A claim older than this belongs to an attempt that died; the next attempt looks up first. An
     * attempt may take a lookup and a create, each up to a carrier's call time-out (a minute at
     * YunExpress), so the lease leaves room for both and a margin: a live attempt is never taken over.
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    private final PackageMapper packages;
    private final SkuMapper skus;
    private final Carriers carriers;
    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final CustomsMapper customs;
    private final ClusterMembers cluster;
    private final int perAccount;
    private final ExecutorService calls;

    public PreAdviceService(
            PackageMapper packages,
            SkuMapper skus,
            Carriers carriers,
            OrderTransitions transitions,
            BatchActionRunner batch,
            PlatformTransactionManager txManager,
            Clock clock,
            ClusterMembers cluster,
            @Value("${junction.preadvice.parallel-per-account:10}") int perAccount,
            @Value("${junction.preadvice.threads:32}") int threads,
            CustomsMapper customs) {
        this.customs = customs;
        this.batch = batch;
        this.packages = packages;
        this.skus = skus;
        this.carriers = carriers;
        this.transitions = transitions;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
        this.cluster = cluster;
        if (perAccount < 1) {
            throw new IllegalArgumentException(
                    "junction.preadvice.parallel-per-account must be at least 1, was " + perAccount);
        }
        this.perAccount = perAccount;
        // threads that only wait for carriers; a batch waits for many answers at once, not one after another
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads,
                threads,
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                new CustomizableThreadFactory("pre-advice-"));
        pool.allowCoreThreadTimeOut(true);
        this.calls = pool;
    }

    /**
     * A node started again under its name gives back what its dead run held: the other nodes see the name alive
     * and could not tell those claims from live ones until their lease ran out.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void releaseClaimsOfEarlierRuns() {
        int released = packages.releaseClaimsOfEarlierRuns(
                cluster.node(),
                cluster.run(),
                "node " + cluster.node() + " stopped while it asked the carrier; the next attempt looks the parcel up"
                        + " before creating one");
        if (released > 0) {
            log.warn("Node {} gave back {} pre-advice claims of its earlier run", cluster.node(), released);
        }
    }

    @PreDestroy
    void stopWaitingForCarriers() {
        calls.shutdown();
    }

    /**
     * Requests tracking numbers for each order's packages; orders with all numbers move to PENDING_PRINT. Orders
     * of different carrier accounts go ahead side by side, and up to {@code junction.preadvice.parallel-per-account}
     * of one account at once: each package still has its own claim, so no two attempts ever call for one package.
     * The carrier's rate is kept by its client.
     */
    public BatchActionResult requestTracking(List<Long> orderIds, String actor) {
        // an order merged into another's package waits for that order: side by side, the two would race for one claim
        List<Long> carried = orderIds.stream().filter(this::onlyCarried).toList();
        List<Long> own = orderIds.stream().filter(id -> !carried.contains(id)).toList();
        BatchActionResult first = batch.runInParallel(
                own, this::carrierAccountOf, perAccount, calls, orderId -> requestTracking(orderId, actor));
        if (carried.isEmpty()) {
            return first;
        }
        BatchActionResult then = batch.runInParallel(
                carried, this::carrierAccountOf, perAccount, calls, orderId -> requestTracking(orderId, actor));
        return first.and(then, orderIds);
    }

    /** Whether every package of the order belongs to another order it was merged with. */
    private boolean onlyCarried(long orderId) {
        List<OrderPackage> found = packages.findByOrder(orderId);
        return !found.isEmpty() && found.stream().allMatch(p -> p.orderId() != orderId);
    }

    /** The carrier account the order's first package goes with; null when it has none (the action says why). */
    private Object carrierAccountOf(long orderId) {
        return packages.findByOrder(orderId).stream()
                .findFirst()
                .map(p -> carriers.method(p.logisticsMethodId()).carrierAccountId())
                .orElse(null);
    }

    private void requestTracking(long orderId, String actor) {
        Order order = transitions.load(orderId, OrderStatus.PENDING_TRACKING);
        List<String> problems = new ArrayList<>();
        for (OrderPackage pkg : packages.findByOrder(orderId)) {
            if (pkg.trackingNumber() == null) {
                preAdvise(order, pkg).ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new OrderActionException(orderId, String.join("; ", problems));
        }
        tx.executeWithoutResult(s -> transitions.move(
                orderId, OrderStatus.PENDING_TRACKING, OrderStatus.PENDING_PRINT, actor, "tracking numbers received"));
    }

    /** Gets one package its parcel and tracking number; empty when done, else what went wrong. */
    Optional<String> preAdvise(Order order, OrderPackage pkg) {
        LogisticsMethod method = carriers.method(pkg.logisticsMethodId());
        CarrierAccount account = carriers.account(method.carrierAccountId());
        CarrierAdapter adapter = carriers.adapter(account.carrier());
        CarrierAccess access = carriers.access(account);
        // a carrier's refusal may echo the request, and with it the account's credentials
        Redaction redaction = Redaction.of(access.credentials());

        if (pkg.preadviceStatus() == PreAdviceStatus.CREATED) {
            return awaitTrackingNumber(pkg, adapter, access);
        }
        boolean mayExistAtCarrier =
                pkg.preadviceStatus() == PreAdviceStatus.UNKNOWN || pkg.preadviceStatus() == PreAdviceStatus.REQUESTING;
        var now = clock.instant();
        // the order row first, then the package: the order in which stopping an order locks them
        Integer claimed = tx.execute(s -> {
            packages.lockOrderOf(pkg.id());
            return packages.claimPreAdviceAs(
                    pkg.id(),
                    pkg.version(),
                    now,
                    now.minus(CLAIM_LEASE),
                    cluster.node(),
                    cluster.run(),
                    cluster.liveNodes());
        });
        if (claimed == null || claimed == 0) {
            return Optional.of("Package " + pkg.packageNo() + " is being requested right now; try again shortly");
        }

        if (mayExistAtCarrier) {
            RemoteOutcome<Optional<Parcel>> found = redaction.apply(adapter.findParcel(access, pkg.packageNo()));
            if (found instanceof RemoteOutcome.Succeeded<Optional<Parcel>> s
                    && s.value().isPresent()) {
                return record(pkg, PreAdviceStatus.CREATED, null, s.value().get());
            }
            if (!(found instanceof RemoteOutcome.Succeeded)) {
                return record(
                        pkg,
                        PreAdviceStatus.UNKNOWN,
                        "Could not ask " + account.carrier() + " whether package " + pkg.packageNo() + " exists ("
                                + found.describe() + "); nothing was created, try again",
                        null);
            }
        }

        RemoteOutcome<Parcel> created =
                redaction.apply(adapter.createParcel(access, parcelRequest(order, pkg, method)));
        if (created instanceof RemoteOutcome.Succeeded<Parcel> s) {
            return record(pkg, PreAdviceStatus.CREATED, null, s.value());
        }
        if (created instanceof RemoteOutcome.Rejected<Parcel> r) {
            return record(
                    pkg,
                    PreAdviceStatus.REJECTED,
                    account.carrier() + " rejected package " + pkg.packageNo() + ": " + r.message(),
                    null);
        }
        return record(
                pkg,
                PreAdviceStatus.UNKNOWN,
                account.carrier() + " did not answer for package " + pkg.packageNo() + " (" + created.describe()
                        + "); the next attempt looks it up before creating anything",
                null);
    }

    private Optional<String> awaitTrackingNumber(OrderPackage pkg, CarrierAdapter adapter, CarrierAccess access) {
        RemoteOutcome<Optional<Parcel>> found = adapter.findParcel(access, pkg.packageNo());
        if (found instanceof RemoteOutcome.Succeeded<Optional<Parcel>> s
                && s.value().map(Parcel::trackingNumber).isPresent()) {
            Parcel parcel = s.value().get();
            tx.executeWithoutResult(
                    st -> packages.recordTracking(pkg.id(), parcel.trackingNumber(), parcel.carrierWaybill()));
            return Optional.empty();
        }
        return Optional.of("The carrier has not assigned a tracking number to package " + pkg.packageNo() + " yet");
    }

    private Optional<String> record(OrderPackage pkg, PreAdviceStatus status, String error, Parcel parcel) {
        String tracking = parcel == null ? null : parcel.trackingNumber();
        String waybill = parcel == null ? null : parcel.carrierWaybill();
        int attempt = pkg.preadviceAttempts() + 1;
        Integer recorded =
                tx.execute(s -> packages.recordPreAdvice(pkg.id(), attempt, status, error, tracking, waybill));
        if (recorded == null || recorded == 0) {
            return Optional.of(
                    "Package " + pkg.packageNo() + " was taken over by a newer attempt while this one waited for "
                            + "the carrier; its outcome is left to that attempt");
        }
        if (status == PreAdviceStatus.CREATED && tracking == null) {
            return Optional.of(
                    "The carrier accepted package " + pkg.packageNo() + " and is still assigning its tracking number");
        }
        return Optional.ofNullable(error);
    }

    /**
     * The carrier's request: each line declares the customs data it holds (copied from its SKU when the
     * package was made, perhaps edited since), or its SKU's where it holds none; the currency is the
     * lines' own when they all name one, else the order's.
     */
    private ParcelRequest parcelRequest(Order order, OrderPackage pkg, LogisticsMethod method) {
        List<ParcelRequest.CustomsItem> items = new ArrayList<>();
        java.util.Set<String> currencies = new java.util.HashSet<>();
        for (LineCustoms line : customs.ofPackage(pkg.id())) {
            if (line.nameEn() == null) {
                WarehouseSku sku = skus.findBySkuExactly(line.sku());
                items.add(new ParcelRequest.CustomsItem(
                        sku.sku(),
                        sku.declaredNameEn(),
                        sku.declaredNameCn(),
                        sku.hsCode(),
                        line.quantity(),
                        sku.declaredValue(),
                        sku.weightGrams()));
                currencies.add(order.currency());
            } else {
                items.add(new ParcelRequest.CustomsItem(
                        line.sku(),
                        line.nameEn(),
                        line.nameCn(),
                        line.hsCode(),
                        line.quantity(),
                        line.value(),
                        line.weightGrams() == null ? 0 : line.weightGrams()));
                currencies.add(line.currency() == null ? order.currency() : line.currency());
            }
        }
        return new ParcelRequest(
                pkg.packageNo(),
                method.carrierServiceCode(),
                pkg.weightGrams(),
                order.shipTo(),
                currencies.size() == 1 ? currencies.iterator().next() : order.currency(),
                items);
    }
}
