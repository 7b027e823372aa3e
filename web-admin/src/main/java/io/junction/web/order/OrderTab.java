package io.junction.web.order;

import static io.junction.web.order.OrderAction.ALLOCATE;
import static io.junction.web.order.OrderAction.AUDIT;
import static io.junction.web.order.OrderAction.CANCEL;
import static io.junction.web.order.OrderAction.FORCE_SHIP;
import static io.junction.web.order.OrderAction.HOLD;
import static io.junction.web.order.OrderAction.MARK_PRINTED;
import static io.junction.web.order.OrderAction.RELEASE;
import static io.junction.web.order.OrderAction.REQUEST_TRACKING;
import static io.junction.web.order.OrderAction.RESOLVE;
import static io.junction.web.order.OrderAction.SHIP;

import io.junction.order.OrderList;
import io.junction.order.OrderStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The order list's tabs, in pipeline order, each with the batch actions that make sense there and
 * whether its orders have labels to print. "All" offers every action; per-order results say what
 * did not apply. Their names are messages ({@link #labelKey()}).
 */
public enum OrderTab {
    PENDING_AUDIT(OrderStatus.PENDING_AUDIT, false, AUDIT, HOLD, CANCEL),
    PENDING_ALLOCATION(OrderStatus.PENDING_ALLOCATION, false, ALLOCATE, HOLD, CANCEL),
    PENDING_TRACKING(OrderStatus.PENDING_TRACKING, false, REQUEST_TRACKING, HOLD, CANCEL),
    PENDING_PRINT(OrderStatus.PENDING_PRINT, true, MARK_PRINTED, HOLD, CANCEL),
    PENDING_SHIPMENT(OrderStatus.PENDING_SHIPMENT, true, SHIP, HOLD, CANCEL),
    SHIPPED(OrderStatus.SHIPPED, true),
    ON_HOLD(OrderStatus.ON_HOLD, false, RELEASE, CANCEL),
    EXCEPTION(OrderStatus.EXCEPTION, false, RESOLVE, FORCE_SHIP, HOLD, CANCEL),
    CANCELLED(OrderStatus.CANCELLED, false),
    AWAITING_PAYMENT(OrderStatus.AWAITING_PAYMENT, false, HOLD, CANCEL),
    ALL(null, true, OrderAction.FLOW);

    private final OrderStatus status;
    private final boolean printable;
    private final List<OrderAction> actions;

    OrderTab(OrderStatus status, boolean printable, OrderAction... actions) {
        this.status = status;
        this.printable = printable;
        this.actions = List.of(actions);
    }

    /** The status this tab lists; null for all. */
    public OrderStatus status() {
        return status;
    }

    /** The message key of the tab's name, e.g. {@code order.tab.PENDING_AUDIT} (待审核). */
    public String labelKey() {
        return "order.tab." + name();
    }

    /** Whether "Print labels" belongs here: orders that have tracking numbers. */
    public boolean printable() {
        return printable;
    }

    public List<OrderAction> actions() {
        return actions;
    }

    /** The tab's name in the URL: the status's name, or ALL. */
    public String key() {
        return name();
    }

    /** How many orders the tab holds, from the per-status counts (capped when any count it adds up is). */
    public OrderList.Count count(Map<OrderStatus, OrderList.Count> counts) {
        if (status == null) {
            return OrderList.Count.sum(counts.values());
        }
        return counts.getOrDefault(status, new OrderList.Count(0, false));
    }

    /** The tab for a {@code status} parameter; none given opens the orders to review. */
    public static OrderTab fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return PENDING_AUDIT;
        }
        return Arrays.stream(values())
                .filter(t -> t.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No order tab '" + value + "'"));
    }
}
