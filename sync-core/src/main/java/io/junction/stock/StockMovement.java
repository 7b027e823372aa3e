package io.junction.stock;

import java.time.Instant;

/**
 * One row of the stock ledger.
 *
 * @param quantity units moved, positive; an adjustment's is the signed change of on hand
 * @param reference what it belongs to ({@link StockReference}), null for an adjustment
 * @param reason why, in the words of whoever moved it; null where the kind says it
 */
public record StockMovement(
        long id,
        long skuId,
        String skuCode,
        MovementKind kind,
        int quantity,
        String reference,
        String actor,
        String reason,
        Instant occurredAt) {}
