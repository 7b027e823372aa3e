package io.junction.shipping;

import io.junction.allocation.AllocationService;
import io.junction.audit.AuditService;
import io.junction.channel.PlatformState;
import io.junction.logistics.Carriers;
import io.junction.logistics.PreAdviceService;
import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderControlService;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.RefundOverrideMapper;
import io.junction.order.Refusal;
import io.junction.persistence.Columns;
import io.junction.shipping.ForceShipPreview.Consequence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Force-ship (强制发货): the buyer's refund request is still open on the platform, but the seller settled it with the
 * buyer and ships anyway. The override is recorded with the seller's reason ({@link RefundOverrideMapper}), so that
 * the platform's flag no longer stops the order (a later sync of the same flag leaves it alone; a cancellation, or a
 * new request after the platform's state moved on, stops it again). A stopped order re-enters the flow: reviewed,
 * allocated and its parcel requested again, as the refund request had withdrawn them; one still in the flow goes on
 * from where it stands. {@link #preview} says which, order by order, before anything is done.
 */
@Service
public class ForceShipService {

    /** The longest reason the override keeps ({@code oms_refund_override.reason}); the history keeps its own. */
    private static final int MAX_REASON = 500;

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final RefundOverrideMapper overrides;
    private final OrderTransitions transitions;
    private final OrderControlService control;
    private final AuditService audit;
    private final AllocationService allocation;
    private final PreAdviceService preAdvice;
    private final Carriers carriers;
    private final BatchActionRunner batch;
    private final Clock clock;

    public ForceShipService(
            OrderMapper orders,
            PackageMapper packages,
            RefundOverrideMapper overrides,
            OrderTransitions transitions,
            OrderControlService control,
            AuditService audit,
            AllocationService allocation,
            PreAdviceService preAdvice,
            Carriers carriers,
            BatchActionRunner batch,
            Clock clock) {
        this.orders = orders;
        this.packages = packages;
        this.overrides = overrides;
        this.transitions = transitions;
        this.control = control;
        this.audit = audit;
        this.allocation = allocation;
        this.preAdvice = preAdvice;
        this.carriers = carriers;
        this.batch = batch;
        this.clock = clock;
    }

    /** What force-shipping each order would do, or why it is refused; nothing is written. */
    public List<ForceShipPreview> preview(List<Long> orderIds) {
        Map<Long, Order> found = orders.findByIds(List.copyOf(new LinkedHashSet<>(orderIds))).stream()
                .collect(Collectors.toMap(Order::id, o -> o));
        List<ForceShipPreview> previews = new ArrayList<>();
        for (long id : new LinkedHashSet<>(orderIds)) {
            Order order = found.get(id);
            if (order == null) {
                previews.add(new ForceShipPreview(id, null, List.of(), Refusal.of(Refusal.NO_SUCH_ORDER, id)));
                continue;
            }
            OrderActionException refused = refusal(order);
            previews.add(
                    refused != null
                            ? new ForceShipPreview(id, order.platformOrderId(), List.of(), refused.refusal())
                            : new ForceShipPreview(id, order.platformOrderId(), consequences(order), null));
        }
        return previews;
    }

    /**
     * Force-ships each order as {@link #preview} describes it, the seller's reason in its history; a stopped order
     * then goes through review, allocation and its parcel request at once. An order that cannot go on there (no
     * stock, the carrier refused) fails with that step's reason, its override kept: it stands where the flow stopped.
     *
     * @throws IllegalArgumentException when the reason is missing: nothing changed
     */
    public BatchActionResult forceShip(List<Long> orderIds, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(
                    "say why the order ships despite the open refund request: it is recorded");
        }
        String why = reason.strip();
        List<Long> reentered = new ArrayList<>();
        BatchActionResult forced = batch.run(orderIds, id -> {
            Order order = transitions.load(id);
            OrderActionException refused = refusal(order);
            if (refused != null) {
                throw refused;
            }
            if (!overrides.exists(id)) {
                overrides.insert(id, order.platformStatus(), Columns.clip(why, MAX_REASON), actor, clock.instant());
            }
            String note = "force-shipped past the open refund request on " + order.platform() + ": " + why;
            if (order.status() == OrderStatus.EXCEPTION) {
                // whatever the stop left (a reservation) is given back, so that allocation starts clean
                control.withdraw(id, actor);
                transitions.move(transitions.load(id), OrderStatus.PENDING_AUDIT, actor, note);
            } else {
                transitions.note(order, actor, note);
            }
        });
        forced.succeeded().stream()
                .filter(id -> orders.findById(id).status() == OrderStatus.PENDING_AUDIT)
                .forEach(reentered::add);
        if (reentered.isEmpty()) {
            return forced;
        }
        Map<Long, BatchActionResult.Failure> stuck = new LinkedHashMap<>();
        step(reentered, OrderStatus.PENDING_AUDIT, audit::audit, actor, stuck);
        step(reentered, OrderStatus.PENDING_ALLOCATION, allocation::allocate, actor, stuck);
        step(reentered, OrderStatus.PENDING_TRACKING, preAdvice::requestTracking, actor, stuck);
        List<BatchActionResult.Failure> failed = new ArrayList<>(forced.failed());
        failed.addAll(stuck.values());
        return new BatchActionResult(
                forced.succeeded().stream().filter(id -> !stuck.containsKey(id)).toList(), failed);
    }

    /**
     * Takes the orders still in {@code status} one step on; a refusal counts only while the order stays there
     * (automatic allocation may have moved it meanwhile).
     */
    private void step(
            List<Long> ids,
            OrderStatus status,
            BiFunction<List<Long>, String, BatchActionResult> action,
            String actor,
            Map<Long, BatchActionResult.Failure> stuck) {
        List<Long> waiting = orders.findByIds(ids).stream()
                .filter(o -> o.status() == status && !stuck.containsKey(o.id()))
                .map(Order::id)
                .toList();
        if (waiting.isEmpty()) {
            return;
        }
        for (BatchActionResult.Failure failure : action.apply(waiting, actor).failed()) {
            if (orders.findById(failure.orderId()).status() == status) {
                stuck.put(failure.orderId(), failure);
            }
        }
    }

    /** Why the order cannot be force-shipped, or null. */
    private OrderActionException refusal(Order order) {
        switch (order.status()) {
            case SHIPPED -> {
                return refused(order, Refusal.of(Refusal.ALREADY_SHIPPED, order.platformOrderId()), "already shipped");
            }
            case CANCELLED -> {
                return refused(
                        order,
                        Refusal.of(Refusal.WRONG_STATUS, order.status(), OrderStatus.EXCEPTION),
                        "cancelled here");
            }
            case ON_HOLD -> {
                return refused(
                        order,
                        Refusal.of(Refusal.HELD, String.valueOf(order.statusReason())),
                        "on hold: release it first");
            }
            default -> {}
        }
        if (order.platformState() == PlatformState.CANCELLED) {
            return refused(
                    order, Refusal.of(Refusal.PLATFORM_CANCELLED, order.platform()), "cancelled on the platform");
        }
        if (order.platformState() != PlatformState.REFUND_REQUESTED) {
            return refused(
                    order, Refusal.of(Refusal.NO_REFUND_FLAG, order.platform()), "no open refund request to ship past");
        }
        if (order.status() == OrderStatus.EXCEPTION) {
            for (OrderPackage pkg : packages.findAllByOrder(order.id())) {
                if (pkg.preadviceStatus() == PreAdviceStatus.CANCELLING
                        || pkg.preadviceStatus() == PreAdviceStatus.CANCEL_REFUSED) {
                    return refused(
                            order,
                            Refusal.of(Refusal.PARCEL_MAY_STAND, pkg.packageNo(), pkg.preadviceStatus()),
                            "the carrier parcel of package " + pkg.packageNo() + " may still stand: settle it first");
                }
            }
        }
        return null;
    }

    private List<Consequence> consequences(Order order) {
        List<Consequence> said = new ArrayList<>();
        if (order.status() == OrderStatus.EXCEPTION) {
            said.add(Consequence.of(Consequence.REALLOCATES));
            Long methodId = order.logisticsMethodId() != null
                    ? order.logisticsMethodId()
                    : packages.findAllByOrder(order.id()).stream()
                            .map(p -> (Long) p.logisticsMethodId())
                            .reduce((first, last) -> last)
                            .orElse(null);
            said.add(
                    methodId == null
                            ? Consequence.of(Consequence.REQUESTS_PARCEL_ANY)
                            : Consequence.of(
                                    Consequence.REQUESTS_PARCEL,
                                    carriers.method(methodId).name()));
        } else {
            String numbers = packages.findByOrder(order.id()).stream()
                    .map(OrderPackage::trackingNumber)
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            said.add(
                    numbers.isEmpty()
                            ? Consequence.of(Consequence.CONTINUES, order.status())
                            : Consequence.of(Consequence.SHIPS_WITH_TRACKING, numbers));
        }
        said.add(Consequence.of(Consequence.FLAG_OVERRIDDEN, order.platform()));
        return said;
    }

    private static OrderActionException refused(Order order, Refusal refusal, String reason) {
        return new OrderActionException(order.id(), refusal, "Order " + order.platformOrderId() + ": " + reason);
    }
}
