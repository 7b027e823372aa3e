package io.junction.manualtracking;

import io.junction.manualtracking.ManualTrackingRefusedException.Problem;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.shop.ShopScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters tracking numbers of parcels booked outside Junction. Every entry is checked before any is made, and
 * all are made in one transaction: a sheet goes in whole or not at all. A package takes a number by hand only
 * while no carrier parcel of ours can exist for it (not pre-advised, or refused by the carrier); its order moves
 * on to printing once every package has its number.
 */
@Service
public class ManualTrackingService {

    static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9-]{5,64}");

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final ManualTrackingMapper mapper;
    private final OrderTransitions transitions;
    private final ShopScope scope;

    public ManualTrackingService(
            OrderMapper orders,
            PackageMapper packages,
            ManualTrackingMapper mapper,
            OrderTransitions transitions,
            ShopScope scope) {
        this.orders = orders;
        this.packages = packages;
        this.mapper = mapper;
        this.transitions = transitions;
        this.scope = scope;
    }

    /**
     * Enters every tracking number, or none.
     *
     * @return the orders the numbers were entered on, in the order of the entries
     * @throws ManualTrackingRefusedException with every problem found, when any entry is refused
     */
    @Transactional
    public List<Long> enter(List<ManualTracking> entries, String actor) {
        if (entries.isEmpty()) {
            throw new ManualTrackingRefusedException(
                    List.of(new Problem(0, Refusal.of(ManualTrackingRefusedException.EMPTY), "nothing to enter")));
        }
        List<Problem> problems = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<Long> packagesSeen = new HashSet<>();
        for (ManualTracking entry : entries) {
            Resolved r = resolve(entry, problems);
            if (r == null) {
                continue;
            }
            if (!numbers.add(r.trackingNumber())) {
                problems.add(problem(entry, ManualTrackingRefusedException.REPEATED, r.trackingNumber()));
            } else if (!packagesSeen.add(r.pkg().id())) {
                problems.add(problem(
                        entry, ManualTrackingRefusedException.REPEATED, r.pkg().packageNo()));
            } else {
                resolved.add(r);
            }
        }
        if (!problems.isEmpty()) {
            throw new ManualTrackingRefusedException(problems);
        }
        Map<Long, Order> touched = new HashMap<>();
        for (Resolved r : resolved) {
            packages.lockOrderOf(r.pkg().id());
            if (packages.enterManualTracking(r.pkg().id(), r.pkg().version(), r.trackingNumber()) != 1) {
                throw new ManualTrackingRefusedException(List.of(problem(
                        r.entry(),
                        ManualTrackingRefusedException.CHANGED_MEANWHILE,
                        r.pkg().packageNo())));
            }
            transitions.note(
                    r.order(),
                    actor,
                    "tracking number " + r.trackingNumber() + " of package "
                            + r.pkg().packageNo() + " entered by hand (booked outside Junction)");
            touched.putIfAbsent(r.order().id(), r.order());
        }
        for (Order order : touched.values()) {
            boolean complete = packages.findByOrder(order.id()).stream().allMatch(p -> p.trackingNumber() != null);
            if (complete) {
                transitions.move(
                        order.id(),
                        OrderStatus.PENDING_TRACKING,
                        OrderStatus.PENDING_PRINT,
                        actor,
                        "tracking numbers entered by hand");
            }
        }
        return resolved.stream().map(r -> r.order().id()).distinct().toList();
    }

    private Resolved resolve(ManualTracking entry, List<Problem> problems) {
        String number =
                entry.trackingNumber() == null ? "" : entry.trackingNumber().strip();
        if (number.isEmpty()) {
            problems.add(problem(entry, ManualTrackingRefusedException.TRACKING_MISSING));
            return null;
        }
        if (!TRACKING.matcher(number).matches()) {
            problems.add(problem(entry, ManualTrackingRefusedException.TRACKING_INVALID, number));
            return null;
        }
        Order order = order(entry, problems);
        if (order == null) {
            return null;
        }
        if (order.status() != OrderStatus.PENDING_TRACKING) {
            problems.add(
                    problem(entry, ManualTrackingRefusedException.WRONG_STATUS, entry.orderName(), order.status()));
            return null;
        }
        List<OrderPackage> waiting = packages.findByOrder(order.id()).stream()
                .filter(p -> p.trackingNumber() == null)
                .toList();
        String packageNo = entry.packageNo() == null || entry.packageNo().isBlank()
                ? null
                : entry.packageNo().strip();
        OrderPackage pkg;
        if (packageNo == null) {
            if (waiting.size() != 1) {
                problems.add(problem(entry, ManualTrackingRefusedException.PACKAGE_NEEDED, entry.orderName()));
                return null;
            }
            pkg = waiting.get(0);
        } else {
            pkg = waiting.stream()
                    .filter(p -> p.packageNo().equals(packageNo))
                    .findFirst()
                    .orElse(null);
            if (pkg == null) {
                problems.add(
                        problem(entry, ManualTrackingRefusedException.NO_SUCH_PACKAGE, entry.orderName(), packageNo));
                return null;
            }
        }
        if (pkg.preadviceStatus() != PreAdviceStatus.NONE && pkg.preadviceStatus() != PreAdviceStatus.REJECTED) {
            problems.add(problem(
                    entry, ManualTrackingRefusedException.PACKAGE_AT_CARRIER, pkg.packageNo(), pkg.preadviceStatus()));
            return null;
        }
        boolean taken = packages.findByCode(number).stream()
                .anyMatch(p ->
                        number.equals(p.trackingNumber()) && p.preadviceStatus().isActive());
        if (taken) {
            problems.add(problem(entry, ManualTrackingRefusedException.TRACKING_TAKEN, number));
            return null;
        }
        return new Resolved(entry, order, pkg, number);
    }

    private Order order(ManualTracking entry, List<Problem> problems) {
        if (entry.orderId() != null) {
            Order order = orders.findById(entry.orderId());
            if (order == null || !scope.includes(order.shopId())) {
                problems.add(problem(entry, ManualTrackingRefusedException.NO_SUCH_ORDER, entry.orderName()));
                return null;
            }
            return order;
        }
        String number =
                entry.platformOrderId() == null ? "" : entry.platformOrderId().strip();
        List<Order> found = number.isEmpty()
                ? List.of()
                : mapper.findOrderIds(number).stream()
                        .map(orders::findById)
                        .filter(o -> scope.includes(o.shopId()))
                        .toList();
        if (found.isEmpty()) {
            problems.add(problem(entry, ManualTrackingRefusedException.NO_SUCH_ORDER, entry.orderName()));
            return null;
        }
        if (found.size() > 1) {
            problems.add(problem(entry, ManualTrackingRefusedException.AMBIGUOUS_ORDER, number));
            return null;
        }
        return found.get(0);
    }

    private static Problem problem(ManualTracking entry, String code, Object... args) {
        Refusal refusal = Refusal.of(code, args);
        return new Problem(entry.row(), refusal, code + " " + refusal.args());
    }

    private record Resolved(ManualTracking entry, Order order, OrderPackage pkg, String trackingNumber) {}
}
