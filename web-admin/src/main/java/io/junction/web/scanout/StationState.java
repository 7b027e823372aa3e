package io.junction.web.scanout;

import io.junction.scanout.ScanPackage;

/**
 * What the scan station shows after a scan: the outcome, the message for the packer (in the
 * packer's language), the package on the bench, and which package stays open for the next scan
 * (null once shipped or refused).
 *
 * @param lastSku the SKU just scanned, to highlight its row
 * @param refusal the refusal's code when the outcome is REFUSED by the scan-out rules, for the page and tests
 * @param refusalGrams the weight refused as outside the tolerance, for the packer to keep it with a reason
 */
public record StationState(
        Outcome outcome,
        String message,
        ScanPackage pkg,
        Long openPackageId,
        String lastSku,
        String refusal,
        Integer refusalGrams) {

    /** The station's answer to one scan; each looks and sounds different. */
    public enum Outcome {
        /** Waiting for a package label. */
        READY,
        /** A package label opened a package; its items are listed. */
        OPENED,
        /** An item scan counted. */
        ACCEPTED,
        /** The last item scan was taken back. */
        UNDONE,
        /** Nothing to do, nothing wrong (the open package's own label scanned again). */
        INFO,
        /** Every item is verified and the station asks for the parcel's weight (typed, or from the scale). */
        WEIGH,
        /** Every item is verified (and weighed) and the station asks the packer to confirm the quality check. */
        QC,
        /** The last item counted and the package shipped. */
        SHIPPED,
        /** The parcel went to the problem shelf; its order is on hold. */
        SET_ASIDE,
        /** The scan was refused: wrong item, too many, unknown, or a package that must not ship. */
        REFUSED
    }

    StationState(Outcome outcome, String message, ScanPackage pkg, Long openPackageId, String lastSku) {
        this(outcome, message, pkg, openPackageId, lastSku, null, null);
    }

    static StationState ready(String message) {
        return new StationState(Outcome.READY, message, null, null, null);
    }

    static StationState refused(String reason, String refusal, ScanPackage pkg, Long openPackageId, String sku) {
        return new StationState(Outcome.REFUSED, reason, pkg, openPackageId, sku, refusal, null);
    }

    /** A weight refused as outside the tolerance; the package stays open for the packer to keep it. */
    static StationState weightRefused(String reason, ScanPackage pkg, int grams) {
        return new StationState(Outcome.REFUSED, reason, pkg, pkg.id(), null, "WEIGHT_OUT_OF_TOLERANCE", grams);
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

    /** Whether the packer may act on the open package (undo, problem shelf, reprint). */
    public boolean open() {
        return pkg != null && openPackageId != null && !pkg.shipped();
    }

    /** Whether the station waits for the packer to keep a weight outside the tolerance. */
    public boolean weightRefused() {
        return refusalGrams != null && open();
    }

    /** Whether the package is shipped, open at the station, or set aside (refused or Esc). */
    public String packageState() {
        if (pkg == null) {
            return null;
        }
        return pkg.shipped() ? "SHIPPED" : openPackageId != null ? "OPEN" : "SET_ASIDE";
    }
}
