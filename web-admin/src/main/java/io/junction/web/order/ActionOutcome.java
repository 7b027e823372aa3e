package io.junction.web.order;

import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a batch action from a page did, as the page shows it: the orders it moved and, for every one
 * it could not, the reason, each named by its platform order id.
 *
 * @param notice a message in place of a result (nothing selected), or null
 */
public record ActionOutcome(String action, List<Entry> succeeded, List<Entry> failed, String notice) {

    /** One order of the batch, with the reason when it failed. */
    public record Entry(long orderId, String platformOrderId, String reason) {}

    static ActionOutcome notice(OrderAction action, String notice) {
        return new ActionOutcome(action.label(), List.of(), List.of(), notice);
    }

    static ActionOutcome of(OrderAction action, BatchActionResult result, Map<Long, Order> orders) {
        List<Entry> ok = result.succeeded().stream().map(id -> new Entry(id, platformId(orders, id), null)).toList();
        List<Entry> failed = result.failed().stream()
                .map(f -> new Entry(f.orderId(), platformId(orders, f.orderId()), f.reason())).toList();
        return new ActionOutcome(action.label(), ok, failed, null);
    }

    /** The orders that failed, to keep them selected and marked in the list. */
    public Set<Long> failedIds() {
        return failed.stream().map(Entry::orderId).collect(Collectors.toSet());
    }

    public boolean allSucceeded() {
        return notice == null && failed.isEmpty();
    }

    private static String platformId(Map<Long, Order> orders, long id) {
        Order order = orders.get(id);
        return order == null ? "#" + id : order.platformOrderId();
    }
}
