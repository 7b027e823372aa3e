package io.junction.tracking;

import io.junction.logistics.TrackingStatus;
import java.time.Instant;

/**
 * A parcel at risk, as the alert list shows it.
 *
 * @param trackingStatus null while the carrier has not answered a poll yet
 * @param statusSince when the parcel entered its status (null while the carrier has not answered)
 */
public record TrackingAlert(
        long orderId,
        String platformOrderId,
        String platform,
        long shopId,
        long packageId,
        String packageNo,
        String trackingNumber,
        TrackingStatus trackingStatus,
        Instant shippedAt,
        Instant statusSince,
        Instant lastPolledAt,
        String lastError) {}
