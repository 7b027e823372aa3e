package io.junction.connectors.aliexpress.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One order in the simulator's book; mutable, guarded by the simulator's lock. */
final class SimulatedOrder {

    final String orderId;
    final Instant gmtCreate;
    final String buyerLoginId;
    final String buyerName;
    final AliExpressOrderGenerator.Recipient recipient;
    final String memo;
    final List<Item> items;
    final AliExpressSimulator.Malformation malformation;
    final List<AliExpressSimulator.Shipment> shipments = new ArrayList<>();
    Instant gmtUpdate;
    /** When list queries start to find the order's latest change (late indexing). */
    Instant visibleAt;

    Instant gmtPayTime;
    String orderStatus = "PLACE_ORDER_SUCCESS";
    String fundStatus = "NOT_PAY";
    String issueStatus = "NO_ISSUE";
    String frozenStatus = "NO_FROZEN";
    String logisticsStatus = "NO_LOGISTICS";
    String endReason;
    Instant firstDeclaredAt;
    int edits;
    /** A payment the generator scheduled for an unpaid order, applied when due. */
    Instant payAt;

    SimulatedOrder(
            String orderId,
            Instant gmtCreate,
            String buyerLoginId,
            String buyerName,
            AliExpressOrderGenerator.Recipient recipient,
            String memo,
            List<Item> items,
            AliExpressSimulator.Malformation malformation) {
        this.orderId = orderId;
        this.gmtCreate = gmtCreate;
        this.gmtUpdate = gmtCreate;
        this.visibleAt = gmtCreate;
        this.buyerLoginId = buyerLoginId;
        this.buyerName = buyerName;
        this.recipient = recipient;
        this.memo = memo;
        this.items = List.copyOf(items);
        this.malformation = malformation;
    }

    BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items) {
            total = total.add(item.unitPrice.multiply(BigDecimal.valueOf(item.count)));
        }
        return total;
    }

    boolean paid() {
        return "PAY_SUCCESS".equals(fundStatus);
    }

    /** Declared in full (or closed after shipping): a further declaration is "already shipped". */
    boolean fullyShipped() {
        return "SELLER_SEND_GOODS".equals(logisticsStatus) || "BUYER_ACCEPT_GOODS".equals(logisticsStatus);
    }

    /** One child order (line). */
    static final class Item {
        final String childId;
        final String productId;
        final String skuCode;
        final String productName;
        final int count;
        final BigDecimal unitPrice;

        Item(String childId, String productId, String skuCode, String productName, int count, BigDecimal unitPrice) {
            this.childId = childId;
            this.productId = productId;
            this.skuCode = skuCode;
            this.productName = productName;
            this.count = count;
            this.unitPrice = unitPrice;
        }
    }
}
