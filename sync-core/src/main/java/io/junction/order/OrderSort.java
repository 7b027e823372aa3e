package io.junction.order;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders' order in a list. Without a sort chosen, urgent orders (higher priority) come first in every tab,
 * then the newest.
 */
public enum OrderSort {
    /** Higher priority first, then the newest on the platform: the list's default. */
    PRIORITY("priority"),
    /** The earliest ship-by first (orders with none last). */
    SHIP_BY("shipBy"),
    /** The latest ship-by first. */
    SHIP_BY_DESC("-shipBy"),
    /** The oldest on the platform first. */
    CREATED_AT("createdAt"),
    /** The newest on the platform first. */
    CREATED_AT_DESC("-createdAt");

    private final String parameter;

    OrderSort(String parameter) {
        this.parameter = parameter;
    }

    /** As the {@code sort} parameter names it. */
    public String parameter() {
        return parameter;
    }

    /** Whether the sort reads the ship-by deadline (which an order may lack: those come last). */
    public boolean byShipBy() {
        return this == SHIP_BY || this == SHIP_BY_DESC;
    }

    /** Whether the first orders are those with the greatest key. */
    public boolean descending() {
        return this == PRIORITY || this == SHIP_BY_DESC || this == CREATED_AT_DESC;
    }

    /** The sort a {@code sort} parameter names, if any. */
    public static Optional<OrderSort> ofParameter(String parameter) {
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(parameter))
                .findFirst();
    }
}
