package io.junction.channel;

import java.time.Instant;
import java.util.List;

/**
 * "This package has shipped", as written back to the marketplace.
 *
 * @param packageReference our package id: a positive number, unique per package
 * @param carrierCode the marketplace's code for the carrier (from the logistics method's mapping for
 *     this platform)
 * @param wholeOrder whether this package carries every line of the order in full; false for a split
 *     shipment (AliExpress {@code send_type=part}, Taobao {@code is_split} with the lines' sub ids)
 */
public record ShipmentConfirmation(
        String platformOrderId,
        String marketplaceId,
        long packageReference,
        String carrierCode,
        String carrierName,
        String shippingMethod,
        String trackingNumber,
        Instant shipDate,
        List<Item> items,
        boolean wholeOrder) {

    public ShipmentConfirmation {
        items = List.copyOf(items);
    }

    /** A shipped quantity of one platform order line. */
    public record Item(String platformLineId, int quantity) {}
}
