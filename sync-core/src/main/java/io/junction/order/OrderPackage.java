package io.junction.order;

import java.time.Instant;

/**
 * A package of an order: what one carrier parcel carries.
 *
 * @param packageNo our reference, unique, sent to the carrier as its customer order number
 * @param preadviceAttempts how many times a pre-advice was started for it
 * @param preadviceClaimedAt when the current attempt was claimed (a stale claim is a crashed attempt)
 */
public record OrderPackage(
        long id,
        long orderId,
        String packageNo,
        long logisticsMethodId,
        int weightGrams,
        PreAdviceStatus preadviceStatus,
        int preadviceAttempts,
        Instant preadviceClaimedAt,
        String preadviceError,
        String trackingNumber,
        String carrierWaybill,
        int printCount,
        Instant shippedAt,
        int version) {}
