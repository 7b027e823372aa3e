package io.junction.web.order;

import io.junction.order.AllocationBlock;
import io.junction.order.BlockItem;
import io.junction.order.Order;
import io.junction.order.OrderList;
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
 * @param priority higher is more urgent; urgent orders come first unless the reader sorts otherwise
 * @param logisticsMethodName the name of the order's logistics method, null when it has none yet
 * @param trackingNumbers of the order's packages still in force
 * @param lines what the order holds, each with the warehouse SKU it is paired with
 * @param resendOf the shipped order a resend (补发) replaces goods of; null for every other order
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
        List<Blocked> allocationBlockItems,
        int priority,
        String buyerNote,
        String sellerNote,
        Long logisticsMethodId,
        String logisticsMethodName,
        List<String> trackingNumbers,
        List<String> tags,
        List<Line> lines,
        Long resendOf) {

    /** One thing an allocation block names: a SKU, and for one short of stock how many units are missing. */
    public record Blocked(String sku, Integer missing) {}

    /**
     * One line of the order.
     *
     * @param skuCode the code of the warehouse SKU the line is paired with, null when not paired (or a bundle)
     */
    public record Line(long id, String platformSku, String skuCode, int quantity, String title) {}

    /** Whether the order is urgent: any priority above the default. */
    public boolean urgent() {
        return priority > 0;
    }

    /** The order with its block's items, of which only those of this order count, and what its page read of it. */
    static OrderView of(Order o, List<BlockItem> items, OrderList.Items listed) {
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
                blocked,
                o.priority(),
                o.buyerNote(),
                o.sellerNote(),
                o.logisticsMethodId(),
                listed.methodName(o.logisticsMethodId()),
                listed.trackingNumbers(o.id()),
                listed.tags(o.id()),
                listed.lines(o.id()).stream()
                        .map(l -> new Line(l.id(), l.platformSku(), l.skuCode(), l.quantity(), l.title()))
                        .toList(),
                o.resendOf());
    }
}
