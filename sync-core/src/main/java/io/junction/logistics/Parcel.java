package io.junction.logistics;

/**
 * A parcel the carrier holds for one of our packages.
 *
 * @param reference our package reference (the carrier's customer order number)
 * @param trackingNumber null while the carrier is still assigning one
 * @param carrierWaybill the carrier's own waybill number
 */
public record Parcel(String reference, String trackingNumber, String carrierWaybill) {}
