package io.junction.order;

import io.junction.logistics.TrackingStatus;
import java.time.Instant;
import java.util.Collection;

/**
 * Which orders the list, the tab counts and a batch action's {@code filter} mean; null fields do not filter.
 *
 * @param status only orders in this status
 * @param block only orders waiting for allocation with this block
 * @param q free text: platform order number, package or tracking number, buyer name, or SKU (platform or warehouse)
 * @param sku a platform SKU or the code of a paired warehouse SKU on one of the order's lines
 * @param country the destination's ISO country code
 * @param tag one of the order's tags
 * @param shipByBefore only orders whose ship-by falls before this instant
 * @param createdFrom orders created on the platform at or after this instant
 * @param createdTo orders created on the platform before this instant
 * @param trackingStatus only orders with a shipped parcel the carrier last reported in this status
 * @param shopIds the shops the reader may see, null for every shop (an empty list matches no order)
 */
public record OrderFilter(
        OrderStatus status,
        AllocationBlock block,
        Long shopId,
        String platform,
        String q,
        String sku,
        String country,
        Long logisticsMethodId,
        String tag,
        Instant shipByBefore,
        Instant createdFrom,
        Instant createdTo,
        TrackingStatus trackingStatus,
        Collection<Long> shopIds) {

    /** Every order. */
    public static final OrderFilter ALL =
            new OrderFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public OrderFilter(OrderStatus status, Long shopId, String platform) {
        this(status, null, shopId, platform, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter, within these shops (null: every shop). */
    public OrderFilter within(Collection<Long> shops) {
        return with(status, block, tag, shops);
    }

    /** The same filter, only orders waiting for allocation with {@code waitingFor} (null: any). */
    public OrderFilter blocked(AllocationBlock waitingFor) {
        return with(status, waitingFor, tag, shopIds);
    }

    /** The same filter in another status (null: any), as a tab of the list reads it. */
    public OrderFilter inStatus(OrderStatus wanted) {
        return with(wanted, block, tag, shopIds);
    }

    /** The same filter without its tag, for a query that joins the tag itself. */
    public OrderFilter withoutTag() {
        return with(status, block, null, shopIds);
    }

    /** Orders with this tag, whatever else. */
    public static OrderFilter tagged(String tag) {
        return new OrderFilter(null, null, null, null, null, null, null, null, tag, null, null, null, null, null);
    }

    /**
     * Whether the filter narrows by its tag and otherwise by no more than the status and the shops: counted from the
     * tag's index, each tagged order checked for its status and shop alone.
     */
    public boolean tagWithinStatusAndShops() {
        return tag != null
                && equals(new OrderFilter(
                        status, null, shopId, null, null, null, null, null, tag, null, null, null, null, shopIds));
    }

    /**
     * Whether the filter reads other tables than the orders' besides its tag (a SKU, free text, a carrier's status),
     * whose look-ups the database must be free to order as it judges best.
     */
    public boolean readsLinesOrParcels() {
        return q != null || sku != null || trackingStatus != null;
    }

    private OrderFilter with(OrderStatus status, AllocationBlock block, String tag, Collection<Long> shopIds) {
        return new OrderFilter(
                status,
                block,
                shopId,
                platform,
                q,
                sku,
                country,
                logisticsMethodId,
                tag,
                shipByBefore,
                createdFrom,
                createdTo,
                trackingStatus,
                shopIds);
    }

    /**
     * {@link #q} as the beginning of a buyer name, for {@code LIKE}: its wildcards taken literally, so a search
     * for {@code 50%} does not match every name starting with 50.
     */
    public String qPrefix() {
        return q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
