package io.junction.order;

import io.junction.stock.StockLedger;
import io.junction.stock.StockReference;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Hold, release, resolve and cancel: the moves a person makes to take an order out of the flow or back in. */
@Service
public class OrderControlService {

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final StockLedger ledger;
    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final ApplicationEventPublisher events;

    public OrderControlService(
            OrderMapper orders,
            PackageMapper packages,
            StockLedger ledger,
            OrderTransitions transitions,
            BatchActionRunner batch,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.packages = packages;
        this.ledger = ledger;
        this.transitions = transitions;
        this.batch = batch;
        this.events = events;
    }

    /**
     * Parks orders (挂起): they stay where they are until released. The reason is shown on the order,
     * so a hold without one is refused before any order changes.
     *
     * @throws IllegalArgumentException when the reason is missing or blank
     */
    public BatchActionResult hold(List<Long> orderIds, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the orders are held: the reason is shown on each order");
        }
        String why = reason.strip();
        Set<Long> selected = Set.copyOf(orderIds);
        return batch.run(orderIds, id -> {
            refuseWhenItsPackageCarriesOthers(id, selected);
            transitions.move(transitions.load(id), OrderStatus.ON_HOLD, actor, why);
        });
    }

    /**
     * A merged package ships for every order it carries: one of them alone cannot be held or cancelled while the
     * others go on (the parcel would leave with it, or without the rest). Refused unless every order the package
     * carries is in the same selection; undoing the merge first lets one go alone.
     */
    private void refuseWhenItsPackageCarriesOthers(long orderId, Set<Long> selected) {
        for (OrderPackage pkg : packages.findByOrder(orderId)) {
            List<Long> carried = packages.carriedOrders(pkg.id());
            if (carried.size() > 1 && !selected.containsAll(carried)) {
                throw new OrderActionException(
                        orderId,
                        Refusal.of(Refusal.PACKAGE_MERGED, pkg.packageNo()),
                        "package " + pkg.packageNo() + " carries orders " + carried
                                + ": undo the merge first, or select them all");
            }
        }
    }

    /** Returns held orders to the status they were held from. */
    public BatchActionResult release(List<Long> orderIds, String actor) {
        return batch.run(orderIds, id -> {
            Order order = transitions.load(id, OrderStatus.ON_HOLD);
            transitions.move(order, order.heldFromStatus(), actor, "released");
        });
    }

    /**
     * Sends stopped orders (异常) back to review once a person has settled what stopped them. The
     * order starts the flow over: whatever it still holds (stock, a pre-advice) is given back first,
     * so review and allocation reserve and pre-advise afresh. Refused while the platform still says
     * the order is cancelled, refunded, shipped or unpaid (those are settled on the platform), and
     * while a parcel of it may still stand at the carrier (its cancellation pending or refused).
     */
    public BatchActionResult resolve(List<Long> orderIds, String actor, String reason) {
        String why = reason == null || reason.isBlank() ? "back to review" : "back to review: " + reason;
        return batch.run(orderIds, id -> {
            Order order = transitions.load(id, OrderStatus.EXCEPTION);
            OrderActionException unsettled = unsettledOnPlatform(order);
            if (unsettled != null) {
                throw unsettled;
            }
            for (OrderPackage pkg : packages.findAllByOrder(id)) {
                if (pkg.preadviceStatus() == PreAdviceStatus.CANCELLING
                        || pkg.preadviceStatus() == PreAdviceStatus.CANCEL_REFUSED) {
                    throw new OrderActionException(
                            id,
                            Refusal.of(Refusal.PARCEL_MAY_STAND, pkg.packageNo(), pkg.preadviceStatus()),
                            "the carrier parcel of package " + pkg.packageNo() + " may still stand ("
                                    + pkg.preadviceStatus()
                                    + "): settle it with the carrier first, or a second parcel would be made");
                }
            }
            withdraw(id, actor);
            transitions.move(transitions.load(id), OrderStatus.PENDING_AUDIT, actor, why);
        });
    }

    /** Why the platform's state keeps the order out of the flow, or null when it does not. */
    private static OrderActionException unsettledOnPlatform(Order order) {
        String platform = order.platform();
        if (order.platformState() == null) {
            return refused(
                    order,
                    Refusal.PLATFORM_STATE_UNKNOWN,
                    "Junction has not read this order's state on " + platform
                            + " since an upgrade: sync its shop and try again");
        }
        return switch (order.platformState()) {
            case CANCELLED ->
                refused(
                        order,
                        Refusal.PLATFORM_CANCELLED,
                        "cancelled on " + platform + ": it cannot go back to review; cancel it here too");
            case REFUND_REQUESTED ->
                refused(
                        order,
                        Refusal.PLATFORM_REFUND_OPEN,
                        "the buyer's refund request is still open on " + platform + ": settle it there first");
            case SHIPPED ->
                refused(
                        order,
                        Refusal.PLATFORM_SHIPPED,
                        platform + " says it has shipped: check it there before it ships twice");
            case UNPAID -> refused(order, Refusal.PLATFORM_UNPAID, "not paid on " + platform + " yet");
            case READY_TO_SHIP -> null;
        };
    }

    private static OrderActionException refused(Order order, String code, String reason) {
        return new OrderActionException(order.id(), Refusal.of(code, order.platform()), reason);
    }

    /** Cancels orders that have not shipped, giving back any stock reserved for them and cancelling their pre-advice. */
    public BatchActionResult cancel(List<Long> orderIds, String actor, String reason) {
        String why = reason == null || reason.isBlank() ? "cancelled" : reason;
        Set<Long> selected = Set.copyOf(orderIds);
        return batch.run(orderIds, id -> {
            refuseWhenItsPackageCarriesOthers(id, selected);
            Order order = transitions.load(id);
            transitions.move(order, OrderStatus.CANCELLED, actor, why);
            withdraw(id, actor);
        });
    }

    /**
     * Undoes what a stopped (cancelled or intercepted) order holds: its stock reservations, and its
     * carrier pre-advice, whose cancellation is recorded now and carried out after the commit
     * (see {@link OrderStopped}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(long orderId, String actor) {
        releaseStock(orderId, actor);
        events.publishEvent(new OrderStopped(orderId, actor));
    }

    /**
     * Gives back every reservation the order holds: of each reserved line, the units of each warehouse
     * SKU it was allocated with (a bundle's every component), as its package lines recorded them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseStock(long orderId, String actor) {
        StockReference reference = StockReference.order(orderId);
        for (OrderLine line : orders.lines(orderId)) {
            if (!line.reserved()) {
                continue;
            }
            // a split spreads a line over packages: each unshipped one holds its part of the reservation
            List<PackageLine> allocated = packages.unshippedLines(line.id());
            if (allocated.isEmpty()) {
                allocated = packages.allocatedLines(line.id());
            }
            if (!allocated.isEmpty()) {
                allocated.forEach(component -> release(component.skuId(), component.quantity(), reference, actor));
            } else if (line.skuId() != null) {
                release(line.skuId(), line.quantity(), reference, actor);
            }
            orders.markLineReserved(line.id(), false);
        }
    }

    private void release(long skuId, int quantity, StockReference reference, String actor) {
        if (!ledger.release(skuId, quantity, reference, actor, "order withdrawn")) {
            throw new IllegalStateException("stock of SKU " + skuId + " is not reserved for " + reference);
        }
    }
}
