package io.junction.web.order;

import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.Refusal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a batch action from a page did, as the page shows it: the orders it moved and, for every one
 * it could not, the reason in the reader's language, each named by its platform order id.
 *
 * @param actionKey the message key of the action's name
 * @param notice a message in place of a result (nothing selected), or null
 */
public record ActionOutcome(String actionKey, List<Entry> succeeded, List<Entry> failed, String notice) {

    /**
     * One order of the batch, with the reason when it failed.
     *
     * @param printable whether printing its labels first would let the action through ("mark printed")
     */
    public record Entry(long orderId, String platformOrderId, String reason, boolean printable) {}

    static ActionOutcome notice(OrderAction action, String notice) {
        return new ActionOutcome(action.labelKey(), List.of(), List.of(), notice);
    }

    static ActionOutcome of(
            OrderAction action,
            BatchActionResult result,
            Map<Long, Order> orders,
            Function<BatchActionResult.Failure, String> reasons) {
        return of(action.labelKey(), result, orders, reasons);
    }

    /** As {@link #of(OrderAction, BatchActionResult, Map, Function)}, for an action named by its message key. */
    static ActionOutcome of(
            String actionKey,
            BatchActionResult result,
            Map<Long, Order> orders,
            Function<BatchActionResult.Failure, String> reasons) {
        List<Entry> ok = result.succeeded().stream()
                .map(id -> new Entry(id, platformId(orders, id), null, false))
                .toList();
        List<Entry> failed = result.failed().stream()
                .map(f -> new Entry(
                        f.orderId(),
                        platformId(orders, f.orderId()),
                        reasons.apply(f),
                        f.refusal() != null
                                && Refusal.LABEL_NOT_PRINTED.equals(f.refusal().code())))
                .toList();
        return new ActionOutcome(actionKey, ok, failed, null);
    }

    /** The orders that failed, to keep them selected and marked in the list. */
    public Set<Long> failedIds() {
        return failed.stream().map(Entry::orderId).collect(Collectors.toSet());
    }

    /** The failed orders whose labels were never printed, to offer printing them first. */
    public List<Long> unprintedIds() {
        return failed.stream().filter(Entry::printable).map(Entry::orderId).toList();
    }

    public boolean allSucceeded() {
        return notice == null && failed.isEmpty();
    }

    private static String platformId(Map<Long, Order> orders, long id) {
        Order order = orders.get(id);
        return order == null ? "#" + id : order.platformOrderId();
    }
}
