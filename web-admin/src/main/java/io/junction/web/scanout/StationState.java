package io.junction.web.scanout;

import io.junction.scanout.ScanPackage;

/**
 * What the scan station shows after a scan: the outcome, the message for the packer (in the
 * packer's language), the package on the bench, and which package stays open for the next scan
 * (null once shipped or refused).
 *
 * @param lastSku the SKU just scanned, to highlight its row
 * @param refusal the refusal's code when the outcome is REFUSED by the scan-out rules, for the page and tests
 */
public record StationState(
        Outcome outcome, String message, ScanPackage pkg, Long openPackageId, String lastSku, String refusal) {

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

    StationState(Outcome outcome, String message, ScanPackage pkg, Long openPackageId, String lastSku) {
        this(outcome, message, pkg, openPackageId, lastSku, null);
    }

    static StationState ready(String message) {
        return new StationState(Outcome.READY, message, null, null, null);
    }

    static StationState refused(String reason, String refusal, ScanPackage pkg, Long openPackageId, String sku) {
        return new StationState(Outcome.REFUSED, reason, pkg, openPackageId, sku, refusal);
    }

    public int scanned() {
        return pkg == null
                ? 0
                : pkg.items().stream().mapToInt(ScanPackage.Item::scanned).sum();
    }

    public int quantity() {
        return pkg == null
                ? 0
                : pkg.items().stream().mapToInt(ScanPackage.Item::quantity).sum();
    }

    /** How many units are still to scan. */
    public int left() {
        return quantity() - scanned();
    }

    /** Whether the package is shipped, open at the station, or set aside (refused or Esc). */
    public String packageState() {
        if (pkg == null) {
            return null;
        }
        return pkg.shipped() ? "SHIPPED" : openPackageId != null ? "OPEN" : "SET_ASIDE";
    }
}
