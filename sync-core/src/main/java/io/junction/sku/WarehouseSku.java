package io.junction.sku;

import java.math.BigDecimal;

/**
 * A SKU as the warehouse stocks it.
 *
 * @param onHand units on the shelf
 * @param reserved units promised to allocated orders not yet shipped; never more than on hand
 * @param declaredValue the customs value of one unit, in the shop's currency
 */
public record WarehouseSku(
        long id,
        String sku,
        String name,
        String location,
        int onHand,
        int reserved,
        String declaredNameEn,
        String declaredNameCn,
        BigDecimal declaredValue,
        int weightGrams,
        String hsCode) {

    public int available() {
        return onHand - reserved;
    }

    /** Whether customs data is complete enough for a cross-border pre-advice. */
    public boolean hasCustomsData() {
        return declaredNameEn != null
                && !declaredNameEn.isBlank()
                && declaredValue != null
                && declaredValue.signum() > 0;
    }
}
