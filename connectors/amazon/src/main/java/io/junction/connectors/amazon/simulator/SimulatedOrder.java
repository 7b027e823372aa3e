package io.junction.connectors.amazon.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One order in the simulator's book; mutable, guarded by the simulator's lock. */
final class SimulatedOrder {

    final String orderId;
    final Instant createdTime;
    final String marketplaceId;
    final String buyerName;
    final String buyerEmail;
    final AmazonOrderGenerator.Recipient recipient;
    List<Item> items;
    final AmazonSimulator.Malformation malformation;
    Instant lastUpdatedTime;
    String fulfillmentStatus;

    SimulatedOrder(
            String orderId,
            Instant createdTime,
            String marketplaceId,
            String buyerName,
            String buyerEmail,
            AmazonOrderGenerator.Recipient recipient,
            List<Item> items,
            AmazonSimulator.Malformation malformation) {
        this.orderId = orderId;
        this.createdTime = createdTime;
        this.lastUpdatedTime = createdTime;
        this.marketplaceId = marketplaceId;
        this.buyerName = buyerName;
        this.buyerEmail = buyerEmail;
        this.recipient = recipient;
        this.items = List.copyOf(items);
        this.malformation = malformation;
        this.fulfillmentStatus = "UNSHIPPED";
    }

    BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items) {
            total = total.add(item.unitPrice.multiply(BigDecimal.valueOf(Math.max(0, item.quantity))));
        }
        return total;
    }

    Item item(String orderItemId) {
        for (Item item : items) {
            if (item.orderItemId.equals(orderItemId)) {
                return item;
            }
        }
        return null;
    }

    boolean fullyShipped() {
        return items.stream().allMatch(i -> i.shipped >= i.quantity);
    }

    /** One order line. */
    static final class Item {
        final String orderItemId;
        final String asin;
        final String sellerSku;
        final String title;
        final int quantity;
        final BigDecimal unitPrice;
        int shipped;

        Item(String orderItemId, String asin, String sellerSku, String title, int quantity, BigDecimal unitPrice) {
            this.orderItemId = orderItemId;
            this.asin = asin;
            this.sellerSku = sellerSku;
            this.title = title;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
        }
    }
}
