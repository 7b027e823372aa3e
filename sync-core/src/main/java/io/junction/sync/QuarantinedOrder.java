package io.junction.sync;

import java.time.Instant;

/** An order payload that could not be read: kept whole, with the reason, never dropped. */
public record QuarantinedOrder(long id, long shopId, String platformOrderId, String reason, String rawPayload, Instant receivedAt) {}
