package io.junction.connectors.jd.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One order in the simulator's book; mutable, guarded by the simulator's lock. */
final class SimulatedOrder {

    final String orderId;
    final String venderId;
    final Instant createdTime;
    final JdOrderGenerator.Recipient recipient;
    final List<Item> items;
    final String remark;
    final BigDecimal freight;
    final JdSimulator.Malformation malformation;
    String orderState;
    Instant modified;
    Instant paymentConfirmTime;
    /** When list results start showing the latest change (late indexing). */
    Instant visibleFrom;

    String waybill;
    String logisticsId;

    SimulatedOrder(
            String orderId,
            String venderId,
            Instant createdTime,
            JdOrderGenerator.Recipient recipient,
            List<Item> items,
            String remark,
            BigDecimal freight,
            JdSimulator.Malformation malformation) {
        this.orderId = orderId;
        this.venderId = venderId;
        this.createdTime = createdTime;
        this.modified = createdTime;
        this.visibleFrom = createdTime;
        this.recipient = recipient;
        this.items = List.copyOf(items);
        this.remark = remark;
        this.freight = freight;
        this.malformation = malformation;
    }

    BigDecimal itemsTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items) {
            total = total.add(item.jdPrice.multiply(BigDecimal.valueOf(Math.max(0, item.quantity))));
        }
        return total;
    }

    /** One order line. */
    record Item(String skuId, String outerSkuId, String skuName, BigDecimal jdPrice, int quantity, String wareId) {}
}
