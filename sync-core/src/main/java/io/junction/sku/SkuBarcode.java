package io.junction.sku;

/** One barcode of a warehouse SKU; a SKU may have several (the maker's EAN, our own label). */
public record SkuBarcode(long skuId, String barcode) {}
