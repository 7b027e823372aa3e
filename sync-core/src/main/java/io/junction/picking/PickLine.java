package io.junction.picking;

/**
 * What one package holds of one warehouse SKU, with where the SKU lies.
 *
 * @param location the SKU's bin location; null when it has none
 * @param barcode the SKU's first barcode; null when it has none
 */
public record PickLine(
        long orderId,
        String packageNo,
        long skuId,
        String sku,
        String name,
        String location,
        String imageUrl,
        String barcode,
        int quantity) {}
