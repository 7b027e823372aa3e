package io.junction.picking;

/**
 * One line of a wave's pick list: a warehouse SKU and how many units of it the wave needs in all.
 *
 * @param imageName the file name of the SKU's image, so the picker can match the photo; null without one
 * @param orders how many of the wave's orders need it
 */
public record PickRow(
        String sku, String name, String location, String barcode, String imageName, int quantity, int orders) {

    /** What the row's barcode encodes: the SKU's barcode, or its code when it has none. */
    public String barcodeValue() {
        return barcode != null ? barcode : sku;
    }
}
