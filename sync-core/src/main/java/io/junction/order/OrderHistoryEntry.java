package io.junction.order;

import java.time.Instant;

/** One row of an order's operation log: who moved it, when, from where to where, and why. */
public record OrderHistoryEntry(
        long id,
        long orderId,
        OrderStatus fromStatus,
        OrderStatus toStatus,
        String actor,
        String reason,
        Instant occurredAt) {}
