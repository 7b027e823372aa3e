package io.junction.web.scanout;

import io.junction.scanout.ScanPackage;

/**
 * What the scan station shows after a scan: the outcome, the message for the packer, the package
 * on the bench, and which package stays open for the next scan (null once shipped or refused).
 *
 * @param lastSku the SKU just scanned, to highlight its row
 */
public record StationState(Outcome outcome, String message, ScanPackage pkg, Long openPackageId, String lastSku) {

    /** The station's answer to one scan; each looks and sounds different. */
    public enum Outcome {
        /** Waiting for a package label. */
        READY,
        /** A package label opened a package; its items are listed. */
        OPENED,
        /** An item scan counted. */
        ACCEPTED,
        /** Nothing to do, nothing wrong (the open package's own label scanned again). */
        INFO,
        /** The last item counted and the package shipped. */
        SHIPPED,
        /** The scan was refused: wrong item, too many, unknown, or a package that must not ship. */
        REFUSED
    }

    static StationState ready(String message) {
        return new StationState(Outcome.READY, message, null, null, null);
    }

    static StationState refused(String reason, ScanPackage pkg, Long openPackageId, String sku) {
        return new StationState(Outcome.REFUSED, reason, pkg, openPackageId, sku);
    }

    public int scanned() {
        return pkg == null ? 0 : pkg.items().stream().mapToInt(ScanPackage.Item::scanned).sum();
    }

    public int quantity() {
        return pkg == null ? 0 : pkg.items().stream().mapToInt(ScanPackage.Item::quantity).sum();
    }
}
