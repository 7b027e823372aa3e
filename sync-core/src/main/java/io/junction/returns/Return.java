package io.junction.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A return (RMA) of a shipped order, with its lines.
 *
 * @param refundAmount what the seller refunded on the platform, in the order's currency: information only
 */
public record Return(
        long id,
        long orderId,
        long shopId,
        String platform,
        String platformOrderId,
        String currency,
        ReturnStatus status,
        String reason,
        BigDecimal refundAmount,
        String refundNote,
        String createdBy,
        Instant createdAt,
        String receivedBy,
        Instant receivedAt,
        String closedBy,
        Instant closedAt,
        int version,
        List<ReturnLine> lines) {

    /** Units the buyer sends back, over every line. */
    public int units() {
        return lines == null ? 0 : lines.stream().mapToInt(ReturnLine::quantity).sum();
    }
}
