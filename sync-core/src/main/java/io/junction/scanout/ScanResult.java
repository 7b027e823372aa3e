package io.junction.scanout;

import java.util.Arrays;
import java.util.List;

/**
 * The answer to one scan (an item, a weight, an undo). A refusal says why, loudly enough for a packer
 * to act on.
 *
 * @param reason the refusal in English, for logs; the station words it in the packer's language from
 *     {@code refusal} and {@code arguments}
 * @param sku the SKU the barcode belongs to, when known
 * @param lineId the package line the scan counted on (or was taken back from), when it did
 */
public record ScanResult(
        boolean accepted,
        String reason,
        String sku,
        ScanPackage pkg,
        ScanRefusal refusal,
        List<Object> arguments,
        Long lineId) {

    static ScanResult accepted(String sku, Long lineId, ScanPackage pkg) {
        return new ScanResult(true, null, sku, pkg, null, List.of(), lineId);
    }

    static ScanResult refused(ScanRefusal refusal, String reason, String sku, ScanPackage pkg, Object... arguments) {
        return new ScanResult(false, reason, sku, pkg, refusal, Arrays.asList(arguments.clone()), null);
    }
}
