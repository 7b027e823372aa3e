package io.junction.stock;

/**
 * A SKU's stock as the stock page shows it.
 *
 * @param lowStockThreshold at or below this many available the SKU is short; 0 when none is set
 */
public record StockLevel(
        long skuId, String sku, String name, String location, int onHand, int reserved, int lowStockThreshold) {

    public int available() {
        return onHand - reserved;
    }

    /** Whether the SKU has fallen to its low-stock line (or has nothing available at all). */
    public boolean low() {
        return available() <= lowStockThreshold;
    }
}
