package io.junction.order;

import java.util.Collection;

/**
 * The order list's filter; null fields do not filter.
 *
 * @param shopIds the shops the reader may see, null for every shop (an empty list matches no order)
 */
public record OrderFilter(OrderStatus status, Long shopId, String platform, Collection<Long> shopIds) {

    public OrderFilter(OrderStatus status, Long shopId, String platform) {
        this(status, shopId, platform, null);
    }

    /** The same filter, within these shops (null: every shop). */
    public OrderFilter within(Collection<Long> shops) {
        return new OrderFilter(status, shopId, platform, shops);
    }
}
