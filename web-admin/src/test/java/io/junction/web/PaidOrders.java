package io.junction.web;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Paid Amazon orders as a sync reads them, for tests that hand one straight to the intake. */
public final class PaidOrders {

    private PaidOrders() {}

    /**
     * A paid order, placed an hour ago and due in two days, of {@code lamps} lamps of {@code sku} at 9.99 each; its
     * number is new ({@code 113-…}) and {@code total} is what the buyer paid.
     */
    public static ChannelOrder ofLamps(String sku, int lamps, String total) {
        Instant now = Instant.now();
        String id = "113-" + UUID.randomUUID().toString().substring(0, 8);
        return new ChannelOrder(
                id,
                "Unshipped",
                PlatformState.READY_TO_SHIP,
                "ATVPDKIKX0DER",
                now.minus(Duration.ofHours(1)),
                now.minus(Duration.ofMinutes(5)),
                "Ada Buyer",
                new Address("Ada Lovelace", null, "1 Main St", null, "Springfield", "IL", "62701", "US", "555-0100"),
                "USD",
                new BigDecimal(total),
                now.plus(Duration.ofDays(2)),
                List.of(new ChannelOrder.Line(id + "-1", sku, "Lamp", lamps, new BigDecimal("9.99"))),
                null);
    }

    /**
     * The stored {@code order} (with its {@code lines}) as the platform would serve it {@code later} than its last
     * change, now in {@code state} ({@code platformStatus} in the platform's words): for a test to hand to the intake
     * a change the simulator would only serve after the platform's data delay.
     */
    public static ChannelOrder changed(
            Order order, List<OrderLine> lines, PlatformState state, String platformStatus, Duration later) {
        return new ChannelOrder(
                order.platformOrderId(),
                platformStatus,
                state,
                order.marketplaceId(),
                order.platformCreatedAt(),
                order.platformUpdatedAt().plus(later),
                order.buyerName(),
                order.shipTo(),
                order.currency(),
                order.orderTotal(),
                order.shipBy(),
                lines.stream()
                        .map(l -> new ChannelOrder.Line(
                                l.platformLineId(), l.platformSku(), l.title(), l.quantity(), l.unitPrice()))
                        .toList(),
                order.buyerNote());
    }
}
