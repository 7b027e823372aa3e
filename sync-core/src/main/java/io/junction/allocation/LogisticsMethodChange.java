package io.junction.allocation;

import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderBatchMapper;
import io.junction.order.OrderControlService;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * A clerk's change of logistics method, order by order. Before allocation it only sets the method. After it, a
 * parcel may exist: the package is withdrawn as a cancellation withdraws it (stock given back, the carrier
 * parcel cancelled after the commit), the order goes back to allocation and is allocated again with the new
 * method, all in one transaction with its history; if the new allocation is blocked, nothing changes.
 */
@Service
public class LogisticsMethodChange {

    private final Carriers carriers;
    private final OrderBatchMapper batchOrders;
    private final PackageMapper packages;
    private final OrderTransitions transitions;
    private final OrderControlService control;
    private final AllocationService allocation;
    private final BatchActionRunner batch;
    private final Clock clock;

    public LogisticsMethodChange(
            Carriers carriers,
            OrderBatchMapper batchOrders,
            PackageMapper packages,
            OrderTransitions transitions,
            OrderControlService control,
            AllocationService allocation,
            BatchActionRunner batch,
            Clock clock) {
        this.carriers = carriers;
        this.batchOrders = batchOrders;
        this.packages = packages;
        this.transitions = transitions;
        this.control = control;
        this.allocation = allocation;
        this.batch = batch;
        this.clock = clock;
    }

    /** Gives each order the method {@code methodId} (which the caller has checked is enabled). */
    public BatchActionResult change(List<Long> orderIds, long methodId, String actor) {
        LogisticsMethod method = carriers.method(methodId);
        return batch.run(orderIds, id -> change(transitions.load(id), method, actor));
    }

    private void change(Order order, LogisticsMethod method, String actor) {
        if (Objects.equals(order.logisticsMethodId(), method.id())) {
            return;
        }
        switch (order.status()) {
            case AWAITING_PAYMENT, PENDING_AUDIT, PENDING_ALLOCATION -> {
                set(order, method);
                transitions.note(order, actor, "logistics method set to " + method.name());
            }
            case PENDING_TRACKING, PENDING_PRINT -> reallocate(order, method, actor);
            default ->
                throw new OrderActionException(
                        order.id(),
                        Refusal.of(Refusal.METHOD_NOT_CHANGEABLE, order.status()),
                        "The logistics method of an order that is " + order.status() + " cannot change");
        }
    }

    private void reallocate(Order order, LogisticsMethod method, String actor) {
        for (OrderPackage pkg : packages.findAllByOrder(order.id())) {
            if (packages.carriedOrders(pkg.id()).size() > 1) {
                // withdrawing it would take the other orders' parcel away with this one's
                throw new OrderActionException(
                        order.id(),
                        Refusal.of(Refusal.PACKAGE_MERGED, pkg.packageNo()),
                        "Package " + pkg.packageNo() + " carries merged orders: undo the merge first");
            }
            if (pkg.preadviceStatus() == PreAdviceStatus.CANCELLING
                    || pkg.preadviceStatus() == PreAdviceStatus.CANCEL_REFUSED) {
                throw new OrderActionException(
                        order.id(),
                        Refusal.of(Refusal.PARCEL_MAY_STAND, pkg.packageNo(), pkg.preadviceStatus()),
                        "the carrier parcel of package " + pkg.packageNo() + " may still stand ("
                                + pkg.preadviceStatus() + "): settle it with the carrier first");
            }
        }
        Order back = transitions.move(
                order,
                OrderStatus.PENDING_ALLOCATION,
                actor,
                "logistics method changed to " + method.name() + ": package withdrawn for a new allocation");
        control.withdraw(order.id(), actor);
        set(back, method);
        allocation.allocateWithin(order.id(), actor);
    }

    private void set(Order order, LogisticsMethod method) {
        if (batchOrders.setLogisticsMethod(order.id(), order.version(), method.id(), clock.instant()) != 1) {
            throw new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.CHANGED_MEANWHILE, order.status()),
                    "Order changed while you were working on it; reload and try again");
        }
    }
}
