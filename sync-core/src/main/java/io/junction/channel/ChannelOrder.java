package io.junction.channel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One marketplace order in platform-neutral terms, as a connector's translator produces it.
 *
 * @param platformStatus the platform's own status, stored as it is
 * @param state what that status means to us
 * @param shipBy the platform's ship-by deadline, if it gives one
 * @param buyerNote what the buyer wrote to the seller, if anything
 */
public record ChannelOrder(
        String platformOrderId,
        String platformStatus,
        PlatformState state,
        String marketplaceId,
        Instant createdAt,
        Instant updatedAt,
        String buyerName,
        Address shipTo,
        String currency,
        BigDecimal total,
        Instant shipBy,
        List<Line> lines,
        String buyerNote) {

    public ChannelOrder {
        Objects.requireNonNull(platformOrderId, "platformOrderId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        lines = List.copyOf(lines);
    }

    /** One order line: the platform's line id and the seller SKU as listed on the platform. */
    public record Line(String platformLineId, String sku, String title, int quantity, BigDecimal unitPrice) {}
}
