package io.junction.merge;

import io.junction.order.LocalEditMapper;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageLine;
import io.junction.order.PackageMaker;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges allocated orders of one shop, buyer and ship-to address into one package before any parcel
 * is requested, and undoes a merge while its parcel does not exist. The first order (lowest id) owns
 * the merged package and the others are recorded as carried by it; the stock reserved for each order
 * stays reserved for it.
 */
@Service
public class MergeService {

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final LocalEditMapper locks;
    private final PackageMaker maker;
    private final OrderTransitions transitions;
    private final MergeMapper candidates;
    private final Clock clock;

    public MergeService(
            OrderMapper orders,
            PackageMapper packages,
            LocalEditMapper locks,
            PackageMaker maker,
            OrderTransitions transitions,
            MergeMapper candidates,
            Clock clock) {
        this.candidates = candidates;
        this.orders = orders;
        this.packages = packages;
        this.locks = locks;
        this.maker = maker;
        this.transitions = transitions;
        this.clock = clock;
    }

    /**
     * Merges the orders into one package and answers it.
     *
     * @throws RefusedArgumentException when fewer than two distinct orders are named
     * @throws OrderActionException naming the first order that cannot be merged, and why
     */
    @Transactional
    public OrderPackage merge(List<Long> orderIds, String actor) {
        TreeSet<Long> ids = new TreeSet<>(orderIds);
        if (ids.size() < 2 || ids.size() != orderIds.size()) {
            throw new RefusedArgumentException(
                    Refusal.of(Refusal.MERGE_TOO_FEW), "A merge needs at least two different orders");
        }
        List<Order> merged = new ArrayList<>();
        for (long id : ids) {
            if (locks.lockOrder(id) == null) {
                transitions.load(id);
            }
            merged.add(transitions.load(id));
        }
        Order first = merged.get(0);
        Map<Long, List<OrderPackage>> before = new HashMap<>();
        for (Order order : merged) {
            check(order, first);
            before.put(order.id(), packages.lockByOrder(order.id()));
        }
        List<PackageMaker.Content> contents = new ArrayList<>();
        for (Order order : merged) {
            for (OrderPackage pkg : before.get(order.id())) {
                for (PackageLine l : packages.lines(pkg.id())) {
                    contents.add(new PackageMaker.Content(l.orderLineId(), l.skuId(), l.quantity(), l.unitsPerItem()));
                }
                withdraw(order, pkg);
            }
        }
        OrderPackage pkg = maker.make(first.id(), before.get(first.id()).get(0).logisticsMethodId(), contents);
        for (Order order : merged.subList(1, merged.size())) {
            packages.insertCarriedOrder(pkg.id(), order.id());
        }
        for (Order order : merged) {
            touch(order);
            transitions.note(
                    order,
                    actor,
                    "merged into package " + pkg.packageNo() + " with orders "
                            + merged.stream()
                                    .filter(o -> o.id() != order.id())
                                    .map(Order::platformOrderId)
                                    .toList());
        }
        return pkg;
    }

    /**
     * Undoes the merge that carries {@code orderId}: its package is withdrawn and each order gets a package
     * of its own lines again. Refused once the merged parcel is requested.
     */
    @Transactional
    public List<OrderPackage> undo(long orderId, String actor) {
        transitions.load(orderId);
        OrderPackage merged = packages.findByOrder(orderId).stream()
                .filter(p -> packages.carriedOrders(p.id()).size() > 1)
                .findFirst()
                .orElseThrow(() -> new OrderActionException(
                        orderId, Refusal.of(Refusal.MERGE_NONE, orderId), "Order " + orderId + " is not merged"));
        List<Long> carried = packages.carriedOrders(merged.id());
        List<Order> all = new ArrayList<>();
        for (long id : carried) {
            locks.lockOrder(id);
            all.add(transitions.load(id));
        }
        OrderPackage current = packages.findById(merged.id());
        if (current.preadviceStatus() != PreAdviceStatus.NONE
                && current.preadviceStatus() != PreAdviceStatus.REJECTED) {
            throw new OrderActionException(
                    orderId,
                    Refusal.of(Refusal.PARCEL_REQUESTED, current.packageNo(), current.preadviceStatus()),
                    "The parcel of package " + current.packageNo() + " is requested already");
        }
        Map<Long, Long> orderOfLine = new HashMap<>();
        for (Order order : all) {
            orders.lines(order.id()).forEach(l -> orderOfLine.put(l.id(), order.id()));
        }
        Map<Long, List<PackageMaker.Content>> shares = new HashMap<>();
        for (PackageLine l : packages.lines(current.id())) {
            shares.computeIfAbsent(orderOfLine.get(l.orderLineId()), k -> new ArrayList<>())
                    .add(new PackageMaker.Content(l.orderLineId(), l.skuId(), l.quantity(), l.unitsPerItem()));
        }
        withdraw(all.get(0), current);
        List<OrderPackage> made = new ArrayList<>();
        for (Order order : all) {
            OrderPackage own =
                    maker.make(order.id(), current.logisticsMethodId(), shares.getOrDefault(order.id(), List.of()));
            made.add(own);
            touch(order);
            transitions.note(
                    order, actor, "merge of package " + current.packageNo() + " undone: ships as " + own.packageNo());
        }
        return made;
    }

    /**
     * The orders the given one may merge with now: allocated, of its shop, buyer and address, no parcel
     * requested, none merged already (a merged order offers none: undo first).
     */
    public List<Order> candidates(long orderId) {
        Order order = orders.findById(orderId);
        if (order == null || order.buyerName() == null || mergeable(order, order) != null) {
            return List.of();
        }
        List<Order> found = new ArrayList<>();
        for (long id : candidates.allocatedOfBuyer(order.shopId(), order.buyerName())) {
            Order other = orders.findById(id);
            if (id != orderId && other != null && mergeable(other, order) == null) {
                found.add(other);
            }
        }
        return found;
    }

    /** Whether the order is carried by a merged package. */
    public boolean merged(long orderId) {
        return packages.findByOrder(orderId).stream()
                .anyMatch(p -> packages.carriedOrders(p.id()).size() > 1);
    }

    private void check(Order order, Order first) {
        OrderActionException refused = mergeable(order, first);
        if (refused != null) {
            throw refused;
        }
    }

    private OrderActionException mergeable(Order order, Order first) {
        if (order.status() != OrderStatus.PENDING_TRACKING) {
            return new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.MERGE_WRONG_STATUS, order.platformOrderId(), order.status()),
                    "Only allocated orders whose tracking is not requested merge; order " + order.platformOrderId()
                            + " is " + order.status());
        }
        if (order.isResend()) {
            return new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.MERGE_RESEND, order.platformOrderId()),
                    "Order " + order.platformOrderId() + " is a resend: it ships on its own");
        }
        if (order.shopId() != first.shopId()
                || !Objects.equals(order.buyerName(), first.buyerName())
                || !Objects.equals(order.shipTo(), first.shipTo())) {
            return new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.MERGE_MISMATCH, order.platformOrderId(), first.platformOrderId()),
                    "Order " + order.platformOrderId() + " differs from " + first.platformOrderId()
                            + " in shop, buyer or address");
        }
        List<OrderPackage> found = packages.findByOrder(order.id());
        if (found.isEmpty()) {
            return new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.MERGE_WRONG_STATUS, order.platformOrderId(), order.status()),
                    "Order " + order.platformOrderId() + " has no package");
        }
        for (OrderPackage pkg : found) {
            if (pkg.orderId() != order.id() || packages.carriedOrders(pkg.id()).size() > 1) {
                return new OrderActionException(
                        order.id(),
                        Refusal.of(Refusal.MERGE_ALREADY, order.platformOrderId(), pkg.packageNo()),
                        "Order " + order.platformOrderId() + " is merged already into " + pkg.packageNo());
            }
            if (pkg.preadviceStatus() != PreAdviceStatus.NONE && pkg.preadviceStatus() != PreAdviceStatus.REJECTED) {
                return new OrderActionException(
                        order.id(),
                        Refusal.of(Refusal.PARCEL_REQUESTED, pkg.packageNo(), pkg.preadviceStatus()),
                        "The parcel of package " + pkg.packageNo() + " is requested already");
            }
        }
        return null;
    }

    private void withdraw(Order order, OrderPackage pkg) {
        if (packages.stopPreAdvice(pkg.id(), pkg.version(), PreAdviceStatus.WITHDRAWN) == 0) {
            throw new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.CHANGED_MEANWHILE, order.status()),
                    "Package " + pkg.packageNo() + " changed meanwhile; try again");
        }
    }

    private void touch(Order order) {
        if (locks.touchOrder(order.id(), order.version(), clock.instant()) == 0) {
            throw new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.CHANGED_MEANWHILE, order.status()),
                    "Order changed meanwhile; reload and try again");
        }
    }
}
