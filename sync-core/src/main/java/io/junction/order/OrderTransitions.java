package io.junction.order;

import io.junction.persistence.Columns;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way an order's status changes: the transition table decides, one guarded update
 * ({@code … WHERE id=? AND status=? AND version=?}) applies it, and a history row records it.
 * A move that loses a race fails with a clear per-order reason.
 */
@Service
public class OrderTransitions {

    /** {@code oms_order_history.reason} and {@code oms_order.status_reason} hold this many characters. */
    static final int MAX_REASON = 500;

    private final OrderMapper orders;
    private final OrderBatchMapper batchOrders;
    private final OrderRowWriter rows;
    private final Clock clock;

    public OrderTransitions(OrderMapper orders, OrderBatchMapper batchOrders, OrderRowWriter rows, Clock clock) {
        this.orders = orders;
        this.batchOrders = batchOrders;
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Moves every order of {@code orderIds} that is in {@code expectedFrom} to {@code to}, as {@link #move} moves
     * one, but set-wise: the orders are locked and read in one statement, moved by one update guarded by each
     * order's status and version, and recorded by one history insert. The others are refused with their reasons.
     *
     * @throws IllegalStateException when the guarded update moved fewer orders than it locked (nothing is kept:
     *     the caller's transaction rolls back)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BatchActionResult moveAll(
            List<Long> orderIds, OrderStatus expectedFrom, OrderStatus to, String actor, String why) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(orderIds));
        Map<Long, Order> locked = new HashMap<>();
        batchOrders.lockByIds(distinct).forEach(o -> locked.put(o.id(), o));
        List<Order> eligible = new ArrayList<>();
        List<BatchActionResult.Failure> failed = new ArrayList<>();
        for (long id : distinct) {
            Order order = locked.get(id);
            if (order == null) {
                failed.add(new BatchActionResult.Failure(id, "No order " + id, Refusal.of(Refusal.NO_SUCH_ORDER, id)));
            } else if (order.status() != expectedFrom) {
                failed.add(new BatchActionResult.Failure(
                        id,
                        "Order is " + order.status() + ", not " + expectedFrom,
                        Refusal.of(Refusal.WRONG_STATUS, order.status(), expectedFrom)));
            } else if (!expectedFrom.canMoveTo(to)) {
                failed.add(new BatchActionResult.Failure(
                        id,
                        "An order cannot move from " + expectedFrom + " to " + to,
                        Refusal.of(Refusal.MOVE_NOT_ALLOWED, expectedFrom, to)));
            } else {
                eligible.add(order);
            }
        }
        moveLocked(eligible, to, actor, why);
        return new BatchActionResult(eligible.stream().map(Order::id).toList(), failed);
    }

    /**
     * Moves orders the caller locked (FOR UPDATE) and found all in one status, allowed to move to {@code to}, as
     * {@link #moveAll} does once it has locked and checked them: one guarded update and one history insert.
     *
     * @throws IllegalStateException when the guarded update moved fewer orders than were locked (nothing is kept:
     *     the caller's transaction rolls back)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveLocked(List<Order> locked, OrderStatus to, String actor, String why) {
        String reason = clip(why);
        moveLocked(locked, to, actor, order -> reason);
    }

    /**
     * Moves orders the caller locked, as {@link #moveLocked(List, OrderStatus, String, String)} does, each order's
     * history giving its own reason ({@code why} of the order): one guarded update (one per reason shown on the
     * orders, for a hold, an exception or a cancellation) and one history insert.
     *
     * @throws IllegalStateException when the guarded update moved fewer orders than were locked (nothing is kept:
     *     the caller's transaction rolls back)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveLocked(List<Order> locked, OrderStatus to, String actor, Function<Order, String> why) {
        moveLocked(locked, to, actor, why, Map.of());
    }

    /**
     * Moves orders the caller locked, as {@link #moveLocked(List, OrderStatus, String, Function)} does, and in the
     * same update sets each order's logistics method ({@code methods}: order id to method id, for every order or for
     * none) and clears its allocation block: an allocation's move.
     *
     * @throws IllegalArgumentException when {@code methods} names a method for some of the orders and not others
     * @throws IllegalStateException when the guarded update moved fewer orders than were locked (nothing is kept:
     *     the caller's transaction rolls back)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveLocked(
            List<Order> locked, OrderStatus to, String actor, Function<Order, String> why, Map<Long, Long> methods) {
        if (!methods.isEmpty() && locked.stream().anyMatch(o -> !methods.containsKey(o.id()))) {
            throw new IllegalArgumentException("a method for some of the orders moved and not for the others");
        }
        moveLocked(locked, to, actor, why, methods, !methods.isEmpty());
    }

    /**
     * Moves orders the caller locked, as {@link #moveLocked(List, OrderStatus, String, Function)} does, and in the
     * same update sets the logistics method of those {@code methods} names (order id to method id; the others keep
     * theirs): a rule that sets an order's method and approves or holds it changes the order's row once, and the
     * indexes that hold the status and the method once.
     *
     * @throws IllegalStateException when the guarded update moved fewer orders than were locked (nothing is kept:
     *     the caller's transaction rolls back)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveLockedSettingMethods(
            List<Order> locked, OrderStatus to, String actor, Function<Order, String> why, Map<Long, Long> methods) {
        moveLocked(locked, to, actor, why, methods, false);
    }

    private void moveLocked(
            List<Order> locked,
            OrderStatus to,
            String actor,
            Function<Order, String> why,
            Map<Long, Long> methods,
            boolean allocating) {
        if (locked.isEmpty()) {
            return;
        }
        OrderStatus from = locked.get(0).status();
        if (!from.canMoveTo(to) || locked.stream().anyMatch(o -> o.status() != from)) {
            throw new IllegalArgumentException("orders in " + from + " and others cannot all move to " + to);
        }
        if (to == OrderStatus.SHIPPED) {
            throw new IllegalArgumentException("a shipment is written back order by order (move), not set-wise");
        }
        var now = clock.instant();
        Map<Long, String> reasons = new HashMap<>();
        Map<String, List<Order>> byStatusReason = new LinkedHashMap<>();
        for (Order order : locked) {
            String reason = clip(why.apply(order));
            reasons.put(order.id(), reason);
            byStatusReason
                    .computeIfAbsent(statusReason(to, reason), r -> new ArrayList<>())
                    .add(order);
        }
        int moved = 0;
        for (Map.Entry<String, List<Order>> group : byStatusReason.entrySet()) {
            List<Order> orders = group.getValue();
            Map<Long, Long> theirMethods = new HashMap<>();
            orders.stream()
                    .filter(o -> methods.containsKey(o.id()))
                    .forEach(o -> theirMethods.put(o.id(), methods.get(o.id())));
            moved += rows.moveAll(orders, from, to, heldFrom(from, to), group.getKey(), now, theirMethods, allocating);
        }
        if (moved != locked.size()) {
            throw new IllegalStateException(
                    "moved " + moved + " of " + locked.size() + " locked orders; another change slipped in");
        }
        rows.insertHistories(
                locked.stream()
                        .map(o -> new OrderRowWriter.NewHistory(o.id(), from, to, actor, reasons.get(o.id())))
                        .toList(),
                now);
    }

    /**
     * Moves the order as it is now to {@code to}, if it is in {@code expectedFrom}.
     *
     * @throws OrderActionException when the order is missing, elsewhere, the move is not allowed,
     *     or another change won the race
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Order move(long orderId, OrderStatus expectedFrom, OrderStatus to, String actor, String reason) {
        return move(load(orderId, expectedFrom), to, actor, reason);
    }

    /** Loads an order or fails with a per-order reason. */
    public Order load(long orderId) {
        return found(orderId, orders.findById(orderId));
    }

    /** The order, which a step may take only while it is {@code expected}; refused with its status otherwise. */
    public Order load(long orderId, OrderStatus expected) {
        return expect(orderId, orders.findById(orderId), expected);
    }

    /**
     * {@code order}, as the caller read order {@code orderId} (null: not found), if it is {@code expected}: a step
     * that reads many orders at once refuses each as {@link #load(long, OrderStatus)} would.
     *
     * @throws OrderActionException when the order is missing or elsewhere
     */
    public Order expect(long orderId, Order order, OrderStatus expected) {
        found(orderId, order);
        if (order.status() != expected) {
            throw new OrderActionException(
                    orderId,
                    Refusal.of(Refusal.WRONG_STATUS, order.status(), expected),
                    "Order is " + order.status() + ", not " + expected);
        }
        return order;
    }

    /** The refusal of a change to {@code seen}, the order as the caller read it, when another change came first. */
    public static OrderActionException changedMeanwhile(Order seen) {
        return new OrderActionException(
                seen.id(),
                Refusal.of(Refusal.CHANGED_MEANWHILE, seen.status()),
                "Order changed while you were working on it (it is no longer " + seen.status() + " at version "
                        + seen.version() + "); reload and try again");
    }

    private static Order found(long orderId, Order order) {
        if (order == null) {
            throw new OrderActionException(orderId, Refusal.of(Refusal.NO_SUCH_ORDER, orderId), "No order " + orderId);
        }
        return order;
    }

    /**
     * Moves {@code seen} — the order as the caller read it — to {@code to}. The update succeeds
     * only if nobody changed the order since it was read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Order move(Order seen, OrderStatus to, String actor, String why) {
        String reason = clip(why);
        OrderStatus from = seen.status();
        if (!from.canMoveTo(to)) {
            throw new OrderActionException(
                    seen.id(),
                    Refusal.of(Refusal.MOVE_NOT_ALLOWED, from, to),
                    "An order cannot move from " + from + " to " + to);
        }
        OrderStatus heldFrom = heldFrom(from, to);
        String statusReason = statusReason(to, reason);
        WriteBackStatus writeBack = to != OrderStatus.SHIPPED
                ? seen.writeBackStatus()
                : seen.isResend() ? WriteBackStatus.NOT_REQUIRED : WriteBackStatus.PENDING;
        var now = clock.instant();
        int updated = orders.updateStatus(seen.id(), from, seen.version(), to, heldFrom, statusReason, writeBack, now);
        if (updated == 0) {
            throw changedMeanwhile(seen);
        }
        orders.insertHistory(seen.id(), from, to, actor, reason, now);
        return orders.findById(seen.id());
    }

    /** The status a hold returns to: where the order was held from. */
    private static OrderStatus heldFrom(OrderStatus from, OrderStatus to) {
        return to == OrderStatus.ON_HOLD ? from : null;
    }

    /** The reason an order shows while it is held, in exception or cancelled. */
    private static String statusReason(OrderStatus to, String reason) {
        return to == OrderStatus.ON_HOLD || to == OrderStatus.EXCEPTION || to == OrderStatus.CANCELLED ? reason : null;
    }

    /** Logs an event that does not change the status (a label reprint, a platform change merged). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void note(Order order, String actor, String reason) {
        orders.insertHistory(order.id(), order.status(), order.status(), actor, clip(reason), clock.instant());
    }

    /** Logs the same event on each of these orders, as {@link #note} logs one, in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noteAll(List<Order> changed, String actor, String reason) {
        var now = clock.instant();
        Map<OrderStatus, List<Long>> byStatus = new EnumMap<>(OrderStatus.class);
        changed.forEach(o ->
                byStatus.computeIfAbsent(o.status(), s -> new ArrayList<>()).add(o.id()));
        String clipped = clip(reason);
        List<OrderRowWriter.NewHistory> notes = new ArrayList<>();
        byStatus.forEach((status, ids) ->
                ids.forEach(id -> notes.add(new OrderRowWriter.NewHistory(id, status, status, actor, clipped))));
        rows.insertHistories(notes, now);
    }

    private static String clip(String reason) {
        return Columns.clip(reason, MAX_REASON);
    }
}
