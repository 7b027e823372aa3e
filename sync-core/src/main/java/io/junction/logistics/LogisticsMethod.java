package io.junction.logistics;

/**
 * A way to ship: a carrier account and its service, plus how the marketplace names that carrier
 * in a shipment confirmation.
 *
 * @param carrierServiceCode the carrier's shipping method code (YunExpress ShippingMethodCode)
 * @param marketplaceCarrierCode the carrier code marketplaces expect (Amazon's carrierCode)
 */
public record LogisticsMethod(
        long id,
        String code,
        String name,
        long carrierAccountId,
        String carrierServiceCode,
        String marketplaceCarrierCode,
        String marketplaceCarrierName) {}
