package io.junction.web.api;

import java.util.List;

/**
 * The body of a batch action: which orders, and an optional reason (hold, cancel).
 */
public record OrderIdsRequest(List<Long> orderIds, String reason) {

    /** The ids, or a clear error when none were given. */
    public List<Long> requireIds() {
        if (orderIds == null || orderIds.isEmpty()) {
            throw new IllegalArgumentException("orderIds must list at least one order id");
        }
        if (orderIds.size() > 1000) {
            throw new IllegalArgumentException("at most 1000 orders per batch action, got " + orderIds.size());
        }
        if (orderIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("orderIds must not contain null");
        }
        return orderIds;
    }
}
