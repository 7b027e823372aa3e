package io.junction.order;

import java.util.Collection;

/**
 * The order list's filter; null fields do not filter.
 *
 * @param shopIds the shops the reader may see, null for every shop (an empty list matches no order)
 * @param block only orders waiting for allocation with this block
 */
public record OrderFilter(
        OrderStatus status, Long shopId, String platform, Collection<Long> shopIds, AllocationBlock block) {

    public OrderFilter(OrderStatus status, Long shopId, String platform) {
        this(status, shopId, platform, null, null);
    }

    /** The same filter, within these shops (null: every shop). */
    public OrderFilter within(Collection<Long> shops) {
        return new OrderFilter(status, shopId, platform, shops, block);
    }

    /** The same filter, only orders waiting for allocation with {@code waitingFor} (null: any). */
    public OrderFilter blocked(AllocationBlock waitingFor) {
        return new OrderFilter(status, shopId, platform, shopIds, waitingFor);
    }
}
