package io.junction.scanout;

/**
 * The answer to one item scan. A refusal says why, loudly enough for a packer to act on.
 *
 * @param sku the SKU the barcode belongs to, when known
 */
public record ScanResult(boolean accepted, String reason, String sku, ScanPackage pkg) {

    static ScanResult accepted(String sku, ScanPackage pkg) {
        return new ScanResult(true, null, sku, pkg);
    }

    static ScanResult refused(String reason, String sku, ScanPackage pkg) {
        return new ScanResult(false, reason, sku, pkg);
    }
}
