package io.junction.logistics;

/**
 * How one marketplace names a carrier in a shipment confirmation: Amazon's carrierCode and
 * carrierName, JD's numeric logistics company id, Taobao's company code.
 */
public record MarketplaceCarrier(String code, String name) {}
