package io.junction.order;

/**
 * One read of the order list in its sort: from a cursor (exclusive) onwards, or backwards towards the start, or
 * (for clients that still page by number) past an offset. The ship-by sorts read in two parts, orders with a
 * ship-by and then those without, so that each part walks an index in order; {@link Part} says which.
 *
 * @param key the order next to the window, null to start at an end
 * @param backward read towards the start of the list (the page before {@code key})
 */
public record OrderWindow(OrderSort sort, Part part, OrderCursor key, boolean backward, int offset, int limit) {

    /** Which orders of a ship-by sort the window reads. */
    public enum Part {
        /** A sort that is not by ship-by: every order. */
        ALL,
        /** Orders with a ship-by. */
        SHIP_BY_SET,
        /** Orders without a ship-by, by id. */
        SHIP_BY_NONE,
        /** Every order, those without a ship-by last: only for paging by offset. */
        SHIP_BY_NONE_LAST
    }

    /** Whether the key compares the priority first (the default sort). */
    public boolean byPriority() {
        return sort == OrderSort.PRIORITY;
    }

    /** The time column of the sort. */
    public String timeColumn() {
        return sort.byShipBy() ? "o.ship_by" : "o.platform_created_at";
    }

    /** {@code DESC} or {@code ASC} as the window reads. */
    public String direction() {
        return sort.descending() != backward ? "DESC" : "ASC";
    }

    /** How a row of the window compares with the key: past it in the reading direction. */
    public String past() {
        return sort.descending() != backward ? "<" : ">";
    }

    public boolean onlyWithShipBy() {
        return part == Part.SHIP_BY_SET;
    }

    public boolean onlyWithoutShipBy() {
        return part == Part.SHIP_BY_NONE;
    }

    public boolean shipByNoneLast() {
        return part == Part.SHIP_BY_NONE_LAST;
    }
}
