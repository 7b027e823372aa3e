package io.junction.rules;

/** What the catalogue says a warehouse SKU is that carriers care about (wms_sku's flags). */
public enum SkuFlag {
    /** Contains or is a battery (带电). */
    BATTERY,
    /** A liquid, paste or powder (液体). */
    LIQUID,
    /** Magnetic (带磁). */
    MAGNETIC
}
