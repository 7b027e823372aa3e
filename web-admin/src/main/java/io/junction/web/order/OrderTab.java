package io.junction.web.order;

import static io.junction.web.order.OrderAction.ALLOCATE;
import static io.junction.web.order.OrderAction.AUDIT;
import static io.junction.web.order.OrderAction.CANCEL;
import static io.junction.web.order.OrderAction.HOLD;
import static io.junction.web.order.OrderAction.MARK_PRINTED;
import static io.junction.web.order.OrderAction.RELEASE;
import static io.junction.web.order.OrderAction.RESOLVE;
import static io.junction.web.order.OrderAction.REQUEST_TRACKING;

import io.junction.order.OrderStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The order list's tabs, in pipeline order, each with the batch actions that make sense there and
 * whether its orders have labels to print. "All" offers every action; per-order results say what
 * did not apply.
 */
public enum OrderTab {
    PENDING_AUDIT(OrderStatus.PENDING_AUDIT, "待审核", "To review", false, AUDIT, HOLD, CANCEL),
    PENDING_ALLOCATION(OrderStatus.PENDING_ALLOCATION, "待配货", "To allocate", false, ALLOCATE, HOLD, CANCEL),
    PENDING_TRACKING(OrderStatus.PENDING_TRACKING, "运单号申请", "Tracking", false, REQUEST_TRACKING, HOLD, CANCEL),
    PENDING_PRINT(OrderStatus.PENDING_PRINT, "待打印", "To print", true, MARK_PRINTED, HOLD, CANCEL),
    PENDING_SHIPMENT(OrderStatus.PENDING_SHIPMENT, "待发货", "To ship", true, HOLD, CANCEL),
    SHIPPED(OrderStatus.SHIPPED, "已发货", "Shipped", true),
    ON_HOLD(OrderStatus.ON_HOLD, "搁置", "On hold", false, RELEASE, CANCEL),
    EXCEPTION(OrderStatus.EXCEPTION, "异常", "Exceptions", false, RESOLVE, HOLD, CANCEL),
    CANCELLED(OrderStatus.CANCELLED, "已取消", "Cancelled", false),
    AWAITING_PAYMENT(OrderStatus.AWAITING_PAYMENT, "待付款", "Awaiting payment", false, HOLD, CANCEL),
    ALL(null, "全部", "All", true, OrderAction.values());

    private final OrderStatus status;
    private final String chinese;
    private final String english;
    private final boolean printable;
    private final List<OrderAction> actions;

    OrderTab(OrderStatus status, String chinese, String english, boolean printable, OrderAction... actions) {
        this.status = status;
        this.chinese = chinese;
        this.english = english;
        this.printable = printable;
        this.actions = List.of(actions);
    }

    /** The status this tab lists; null for all. */
    public OrderStatus status() {
        return status;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
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

    /** How many orders the tab holds, from the per-status counts. */
    public long count(Map<OrderStatus, Long> counts) {
        if (status == null) {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
        return counts.getOrDefault(status, 0L);
    }

    /** The tab for a {@code status} parameter; none given opens the orders to review. */
    public static OrderTab fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return PENDING_AUDIT;
        }
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No order tab '" + value + "'"));
    }
}
