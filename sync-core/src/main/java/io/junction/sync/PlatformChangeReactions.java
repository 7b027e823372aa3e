package io.junction.sync;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.OrdersArrived;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.RefundOverrideMapper;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a change on the platform does to an order Junction already has, in the transaction that merges
 * it: our status never rolls back, and an order past review is stopped for a person rather than
 * changed behind the warehouse's back.
 */
@Component
public class PlatformChangeReactions {

    private static final String ACTOR = OrderIntake.ACTOR;

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final OrderTransitions transitions;
    private final OrderControlService control;
    private final ApplicationEventPublisher events;
    private final RefundOverrideMapper overrides;

    public PlatformChangeReactions(
            OrderMapper orders,
            PackageMapper packages,
            OrderTransitions transitions,
            OrderControlService control,
            ApplicationEventPublisher events,
            RefundOverrideMapper overrides) {
        this.overrides = overrides;
        this.orders = orders;
        this.packages = packages;
        this.transitions = transitions;
        this.control = control;
        this.events = events;
    }

    /**
     * Reacts to a newer platform version of a stored order ({@code before}, as it was before the merge):
     * a payment moves it on, a cancellation or refund request stops it (not a refund request the seller force-shipped
     * past), a shipment outside Junction or a
     * new ship-to address after pre-advice stops it for a person. A final order is left alone.
     */
    void react(Order before, ChannelOrder incoming) {
        Order order = orders.findById(before.id());
        if (order.status().isFinal()) {
            return;
        }
        boolean moved = !Objects.equals(before.shipTo(), incoming.shipTo());
        if (moved) {
            transitions.note(order, ACTOR, "ship-to address changed on " + order.platform());
        }
        if (before.platformState() == PlatformState.REFUND_REQUESTED
                && incoming.state() != PlatformState.REFUND_REQUESTED) {
            // a force-ship answers one refund request: a new one, once the platform moved on, stops the order again
            // (only an order that leaves the refund flag can hold an override, so no other change asks)
            overrides.delete(order.id());
        }
        switch (incoming.state()) {
            case READY_TO_SHIP -> {
                if (order.status() == OrderStatus.AWAITING_PAYMENT) {
                    transitions.move(order, OrderStatus.PENDING_AUDIT, ACTOR, "paid on " + order.platform());
                    // now that it waits for review, the rules and checks run on it as on a new order
                    events.publishEvent(new OrdersArrived(List.of(order.id())));
                }
            }
            case CANCELLED -> intercept(order);
            case REFUND_REQUESTED -> {
                if (overrides.exists(order.id())) {
                    // the seller settled this request with the buyer and force-shipped the order: it goes on
                    transitions.note(
                            order,
                            ACTOR,
                            "refund request still open on " + order.platform() + " (" + order.platformStatus()
                                    + "): shipping on, as force-shipped");
                } else {
                    // like a cancellation: stock back, pre-advice cancelled; a refused refund is allocated again
                    stop(order, refundReason(order.platform(), order.platformStatus()));
                    control.withdraw(order.id(), ACTOR);
                }
            }
            case SHIPPED ->
                stop(order, "marked shipped on " + order.platform() + " outside Junction: check before it ships twice");
            case UNPAID -> {}
        }
        if (moved) {
            relabel(order.id());
        }
    }

    /**
     * A parcel pre-advised to the old address carries a wrong label: the order is stopped and the
     * parcel cancelled, so that review and allocation make a new one to the new address. An order
     * whose parcel is not asked for yet simply uses the new address.
     */
    private void relabel(long orderId) {
        Order order = orders.findById(orderId);
        boolean preAdvised = packages.findByOrder(orderId).stream()
                .map(OrderPackage::preadviceStatus)
                .anyMatch(s -> s == PreAdviceStatus.REQUESTING
                        || s == PreAdviceStatus.CREATED
                        || s == PreAdviceStatus.UNKNOWN);
        if (!(order.status().inFlow() || order.status() == OrderStatus.ON_HOLD) || !preAdvised) {
            return;
        }
        transitions.move(
                order,
                OrderStatus.EXCEPTION,
                ACTOR,
                "ship-to address changed on " + order.platform()
                        + " after the parcel was pre-advised: its label shows the old address, so the parcel is cancelled;"
                        + " review the order to allocate it again");
        control.withdraw(orderId, ACTOR);
    }

    static String refundReason(String platform, String platformStatus) {
        return "buyer asked for a refund on " + platform + " (" + platformStatus + "): do not ship until it is settled";
    }

    /** Stops an order wherever it is (EXCEPTION with the reason), for a person to settle. */
    private void stop(Order order, String reason) {
        if (order.status() == OrderStatus.EXCEPTION) {
            transitions.note(order, ACTOR, reason);
        } else {
            transitions.move(order, OrderStatus.EXCEPTION, ACTOR, reason);
        }
    }

    /**
     * A platform-side cancellation: before review the order simply cancels; after review it is
     * stopped wherever it is (EXCEPTION), its stock given back and its carrier pre-advice cancelled,
     * for a person to settle.
     */
    private void intercept(Order order) {
        String reason = "cancelled on " + order.platform() + " (" + order.platformStatus() + ")";
        if (order.status() == OrderStatus.AWAITING_PAYMENT || order.status() == OrderStatus.PENDING_AUDIT) {
            transitions.move(order, OrderStatus.CANCELLED, ACTOR, reason);
        } else if (order.status() == OrderStatus.EXCEPTION) {
            transitions.note(order, ACTOR, reason);
        } else {
            transitions.move(order, OrderStatus.EXCEPTION, ACTOR, reason + ": stop this order");
        }
        control.withdraw(order.id(), ACTOR);
    }
}
