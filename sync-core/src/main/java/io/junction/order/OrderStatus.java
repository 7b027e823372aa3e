package io.junction.order;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our own status of an order, independent of the platform's. Stored by name. The transition table
 * below is the only place that says which move is allowed.
 */
public enum OrderStatus {
    /** Seen on the platform but not paid yet: kept, released to review when payment arrives. */
    AWAITING_PAYMENT,
    /** 待审核 Synced and paid; waits for a person or a rule to review it. */
    PENDING_AUDIT,
    /** 待配货 Reviewed; waits for stock, a logistics method and customs data. */
    PENDING_ALLOCATION,
    /**
     * 运单号申请 Allocated; waits for the carrier's tracking number for every package. Back to allocation when a
     * clerk changes its logistics method (its package withdrawn).
     */
    PENDING_TRACKING,
    /** 待打印 Tracking numbers in hand; waits for its label to be printed (back to allocation as above). */
    PENDING_PRINT,
    /** 待发货 Printed; waits for scan-out at a packing station. */
    PENDING_SHIPMENT,
    /** 已发货 Scanned out and stock deducted; write-back to the marketplace follows. */
    SHIPPED,
    /** 搁置 Parked by a person or a rule; release returns it to where it was. */
    ON_HOLD,
    /** 异常 Needs a person: unmapped SKU, no stock, cancelled or refunded on the platform, bad address. */
    EXCEPTION,
    /** 已取消 Cancelled on the platform or by a person. Final. */
    CANCELLED;

    /** Statuses from which an order can be parked, excepted or cancelled: those still in the flow. */
    private static final Set<OrderStatus> IN_FLOW = EnumSet.of(
            AWAITING_PAYMENT, PENDING_AUDIT, PENDING_ALLOCATION, PENDING_TRACKING, PENDING_PRINT, PENDING_SHIPMENT);

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.ofEntries(
            Map.entry(AWAITING_PAYMENT, EnumSet.of(PENDING_AUDIT, ON_HOLD, EXCEPTION, CANCELLED)),
            Map.entry(PENDING_AUDIT, EnumSet.of(PENDING_ALLOCATION, ON_HOLD, EXCEPTION, CANCELLED)),
            Map.entry(PENDING_ALLOCATION, EnumSet.of(PENDING_TRACKING, ON_HOLD, EXCEPTION, CANCELLED)),
            Map.entry(PENDING_TRACKING, EnumSet.of(PENDING_PRINT, PENDING_ALLOCATION, ON_HOLD, EXCEPTION, CANCELLED)),
            Map.entry(PENDING_PRINT, EnumSet.of(PENDING_SHIPMENT, PENDING_ALLOCATION, ON_HOLD, EXCEPTION, CANCELLED)),
            Map.entry(PENDING_SHIPMENT, EnumSet.of(SHIPPED, ON_HOLD, EXCEPTION, CANCELLED)),
            Map.entry(SHIPPED, EnumSet.noneOf(OrderStatus.class)),
            Map.entry(ON_HOLD, inFlowOr(EXCEPTION, CANCELLED)),
            Map.entry(EXCEPTION, EnumSet.of(PENDING_AUDIT, ON_HOLD, CANCELLED)),
            Map.entry(CANCELLED, EnumSet.noneOf(OrderStatus.class)));

    /** Every status in the flow and {@code others}: where a held order may go (back where it was, or on). */
    private static Set<OrderStatus> inFlowOr(OrderStatus... others) {
        EnumSet<OrderStatus> targets = EnumSet.copyOf(IN_FLOW);
        targets.addAll(List.of(others));
        return targets;
    }

    /** Whether the transition table allows moving from this status to {@code target}. */
    public boolean canMoveTo(OrderStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /** Still moving through the pipeline: not shipped, cancelled, held or excepted. */
    public boolean inFlow() {
        return IN_FLOW.contains(this);
    }

    /** Shipped or cancelled: nothing moves it any more. */
    public boolean isFinal() {
        return this == SHIPPED || this == CANCELLED;
    }
}
