package io.junction.order;

import io.junction.channel.Address;
import io.junction.channel.PlatformState;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One marketplace order as Junction holds it: the platform's facts beside our own pipeline status.
 *
 * @param platformState the platform's state as Junction reads it; null for orders synced before it was kept
 * @param heldFromStatus where an {@link OrderStatus#ON_HOLD} order returns on release
 * @param statusReason why the order is held, excepted or cancelled (null otherwise)
 * @param writeBackStatus the marketplace write-back sub-state of a shipped order, null before
 * @param version optimistic-lock counter; every transition increments it
 * @param allocationBlock why the last attempt to allocate the order failed; null once allocated or never tried
 * @param priority higher first in every tab (0 normal); Junction's own, never the platform's
 * @param sellerNote the seller's own note (卖家备注), null when none
 * @param resendOf the shipped order whose goods this resend (补发) replaces; null for every other order
 */
public record Order(
        long id,
        long shopId,
        String platform,
        String platformOrderId,
        String platformStatus,
        PlatformState platformState,
        OrderStatus status,
        OrderStatus heldFromStatus,
        String statusReason,
        WriteBackStatus writeBackStatus,
        String marketplaceId,
        String buyerName,
        String buyerNote,
        String shipName,
        String shipCompany,
        String shipLine1,
        String shipLine2,
        String shipCity,
        String shipState,
        String shipPostalCode,
        String shipCountry,
        String shipPhone,
        String currency,
        BigDecimal orderTotal,
        Instant shipBy,
        Long logisticsMethodId,
        Instant platformCreatedAt,
        Instant platformUpdatedAt,
        Instant createdAt,
        Instant updatedAt,
        int version,
        AllocationBlock allocationBlock,
        int priority,
        String sellerNote,
        Long resendOf) {

    /** A replacement shipment of another order: never confirmed to the marketplace. */
    public boolean isResend() {
        return resendOf != null;
    }

    /** The ship-to address. */
    public Address shipTo() {
        return new Address(
                shipName,
                shipCompany,
                shipLine1,
                shipLine2,
                shipCity,
                shipState,
                shipPostalCode,
                shipCountry,
                shipPhone);
    }
}
