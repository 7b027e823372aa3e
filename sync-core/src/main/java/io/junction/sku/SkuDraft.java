package io.junction.sku;

import java.math.BigDecimal;
import java.util.List;

/**
 * A SKU as someone asks for it to be (the API's body, a form, an Excel row): every field as given,
 * null when left out. {@link SkuRules} checks it; only a checked draft reaches the database.
 */
public record SkuDraft(
        String code,
        String name,
        String nameEn,
        List<String> barcodes,
        Integer weightGrams,
        Integer lengthMm,
        Integer widthMm,
        Integer heightMm,
        String declaredNameEn,
        String declaredNameCn,
        BigDecimal declaredValue,
        String declaredCurrency,
        String hsCode,
        Boolean battery,
        Boolean liquid,
        Boolean magnetic,
        String location,
        String imageUrl,
        Integer lowStockThreshold,
        Boolean enabled) {

    /** The draft as stored: text stripped (blank becomes null), flags and numbers defaulted, currency upper-case. */
    SkuDraft normalised() {
        return new SkuDraft(
                strip(code),
                strip(name),
                strip(nameEn),
                barcodes == null
                        ? List.of()
                        : barcodes.stream().map(SkuDraft::strip).toList(),
                weightGrams == null ? 0 : weightGrams,
                lengthMm,
                widthMm,
                heightMm,
                strip(declaredNameEn),
                strip(declaredNameCn),
                declaredValue,
                strip(declaredCurrency) == null ? null : strip(declaredCurrency).toUpperCase(java.util.Locale.ROOT),
                strip(hsCode),
                Boolean.TRUE.equals(battery),
                Boolean.TRUE.equals(liquid),
                Boolean.TRUE.equals(magnetic),
                strip(location),
                strip(imageUrl),
                lowStockThreshold == null ? 0 : lowStockThreshold,
                enabled == null || enabled);
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
