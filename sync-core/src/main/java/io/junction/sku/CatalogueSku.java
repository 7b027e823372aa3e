package io.junction.sku;

import java.math.BigDecimal;
import java.util.List;

/**
 * A warehouse SKU as the catalogue shows it: what it is, how it ships and clears customs, and its
 * stock. {@code code} is the warehouse SKU code; {@code available} is on hand less reserved.
 */
public record CatalogueSku(
        long id,
        String code,
        String name,
        String nameEn,
        List<String> barcodes,
        int weightGrams,
        Integer lengthMm,
        Integer widthMm,
        Integer heightMm,
        String declaredNameEn,
        String declaredNameCn,
        BigDecimal declaredValue,
        String declaredCurrency,
        String hsCode,
        boolean battery,
        boolean liquid,
        boolean magnetic,
        String location,
        String imageUrl,
        int lowStockThreshold,
        boolean enabled,
        int onHand,
        int reserved,
        int available) {

    /** One row of {@code wms_sku}, its barcodes read apart. */
    public record Row(
            long id,
            String code,
            String name,
            String nameEn,
            int weightGrams,
            Integer lengthMm,
            Integer widthMm,
            Integer heightMm,
            String declaredNameEn,
            String declaredNameCn,
            BigDecimal declaredValue,
            String declaredCurrency,
            String hsCode,
            boolean battery,
            boolean liquid,
            boolean magnetic,
            String location,
            String imageUrl,
            int lowStockThreshold,
            boolean enabled,
            int onHand,
            int reserved) {

        CatalogueSku with(List<String> barcodes) {
            return new CatalogueSku(
                    id,
                    code,
                    name,
                    nameEn,
                    List.copyOf(barcodes),
                    weightGrams,
                    lengthMm,
                    widthMm,
                    heightMm,
                    declaredNameEn,
                    declaredNameCn,
                    declaredValue,
                    declaredCurrency,
                    hsCode,
                    battery,
                    liquid,
                    magnetic,
                    location,
                    imageUrl,
                    lowStockThreshold,
                    enabled,
                    onHand,
                    reserved,
                    onHand - reserved);
        }
    }

    /** Whether stock has fallen to the seller's threshold (a threshold of 0 never warns). */
    public boolean lowStock() {
        return lowStockThreshold > 0 && available <= lowStockThreshold;
    }
}
