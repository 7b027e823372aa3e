package io.junction.order;

/**
 * What one package holds of one warehouse SKU for one order line, and how many of it the packer has
 * scanned. A bundle's order line has one package line per component.
 *
 * @param quantity units of the warehouse SKU: the order line's quantity times {@code unitsPerItem}
 * @param unitsPerItem units of this SKU per unit the platform sold, as paired when the order was allocated
 */
public record PackageLine(
        long id, long packageId, long orderLineId, long skuId, int quantity, int scanned, int unitsPerItem) {

    /** How many of the platform's units this line stands for. */
    public int platformQuantity() {
        return quantity / unitsPerItem;
    }
}
