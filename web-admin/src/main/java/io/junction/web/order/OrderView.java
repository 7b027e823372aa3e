package io.junction.web.order;

import io.junction.order.AllocationBlock;
import io.junction.order.BlockItem;
import io.junction.order.Order;
import io.junction.order.OrderStatus;
import io.junction.order.WriteBackStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the list shows it and the API returns it.
 *
 * @param allocationBlock why the order waits for allocation (null when it does not, or was never tried)
 * @param allocationBlockItems what the block names: platform SKUs not paired, or warehouse SKUs without
 *     customs data or short of stock, with how many units are missing
 */
public record OrderView(
        long id,
        long shopId,
        String platform,
        String platformOrderId,
        String platformStatus,
        OrderStatus status,
        String statusReason,
        WriteBackStatus writeBackStatus,
        String buyerName,
        String shipName,
        String shipCountry,
        String currency,
        BigDecimal total,
        Instant shipBy,
        Instant platformCreatedAt,
        Instant platformUpdatedAt,
        int version,
        AllocationBlock allocationBlock,
        List<Blocked> allocationBlockItems) {

    /** One thing an allocation block names: a SKU, and for one short of stock how many units are missing. */
    public record Blocked(String sku, Integer missing) {}

    /** The order with its block's items, of which only those of this order count. */
    static OrderView of(Order o, List<BlockItem> items) {
        // the block tells why the order waits; once it left allocation another way, it no longer does
        boolean waiting = o.status() == OrderStatus.PENDING_ALLOCATION && o.allocationBlock() != null;
        List<Blocked> blocked = !waiting
                ? List.of()
                : items.stream()
                        .filter(i -> i.orderId() == o.id())
                        .map(i -> new Blocked(i.code(), i.missing()))
                        .toList();
        return new OrderView(
                o.id(),
                o.shopId(),
                o.platform(),
                o.platformOrderId(),
                o.platformStatus(),
                o.status(),
                o.statusReason(),
                o.writeBackStatus(),
                o.buyerName(),
                o.shipName(),
                o.shipCountry(),
                o.currency(),
                o.orderTotal(),
                o.shipBy(),
                o.platformCreatedAt(),
                o.platformUpdatedAt(),
                o.version(),
                waiting ? o.allocationBlock() : null,
                blocked);
    }
}
