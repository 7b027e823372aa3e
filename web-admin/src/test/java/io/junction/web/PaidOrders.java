package io.junction.web;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
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
                List.of(new ChannelOrder.Line(id + "-1", sku, "Lamp", lamps, new BigDecimal("9.99"))));
    }
}
