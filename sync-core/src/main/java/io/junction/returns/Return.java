package io.junction.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.AutomapConstructor;

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

    /** A return as its row reads, before its lines are added. */
    @AutomapConstructor
    public Return(
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
            int version) {
        this(
                id,
                orderId,
                shopId,
                platform,
                platformOrderId,
                currency,
                status,
                reason,
                refundAmount,
                refundNote,
                createdBy,
                createdAt,
                receivedBy,
                receivedAt,
                closedBy,
                closedAt,
                version,
                List.of());
    }

    /** The same return with its lines. */
    public Return withLines(List<ReturnLine> all) {
        return new Return(
                id,
                orderId,
                shopId,
                platform,
                platformOrderId,
                currency,
                status,
                reason,
                refundAmount,
                refundNote,
                createdBy,
                createdAt,
                receivedBy,
                receivedAt,
                closedBy,
                closedAt,
                version,
                all);
    }

    /** Units the buyer sends back, over every line. */
    public int units() {
        return lines == null ? 0 : lines.stream().mapToInt(ReturnLine::quantity).sum();
    }
}
