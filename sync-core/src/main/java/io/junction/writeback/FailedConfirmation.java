package io.junction.writeback;

import java.time.Instant;

/**
 * A package's shipment confirmation as the write-back queue shows it to a person: the order and package it
 * belongs to, where it stands, and the marketplace's last reason.
 *
 * @param lastError the marketplace's reason (or why no answer came) at the last attempt
 * @param retriedBy who last put it back in the queue, null if nobody did
 */
public record FailedConfirmation(
        long id,
        long orderId,
        long shopId,
        String shopName,
        String platform,
        String platformOrderId,
        long packageId,
        String packageNo,
        String trackingNumber,
        OutboxStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant confirmedAt,
        String retriedBy,
        Instant retriedAt) {}
