package io.junction.scanout;

/**
 * What a station asks before a package ships. A station without its own row uses the row named
 * {@link #DEFAULT}; in the demo nothing more than today is asked.
 *
 * @param weightToleranceGrams how far a measured weight may be from the expected one, in grams
 * @param weightTolerancePct the same as a percentage of the expected weight; the larger of the two applies
 * @param oneScanShip whether a package of a single unit ships when its label is scanned
 */
public record StationSettings(
        String stationName,
        boolean weighingRequired,
        int weightToleranceGrams,
        int weightTolerancePct,
        boolean qcRequired,
        boolean oneScanShip) {

    /** The name of the settings every station without its own uses. */
    public static final String DEFAULT = "default";

    /** The largest difference from {@code expectedGrams} a measured weight may have. */
    public int tolerance(int expectedGrams) {
        return Math.max(weightToleranceGrams, (int) Math.round(expectedGrams * weightTolerancePct / 100.0));
    }

    /** What the package at the station waits for before it ships, in the order the packer works. */
    public Step next(ScanPackage pkg) {
        if (!pkg.complete()) {
            return Step.ITEMS;
        }
        if (weighingRequired && pkg.measuredWeightGrams() == null) {
            return Step.WEIGHT;
        }
        if (qcRequired && !pkg.qcConfirmed()) {
            return Step.QC;
        }
        return Step.SHIP;
    }

    /** The station's next step for a package. */
    public enum Step {
        /** Items are still to scan. */
        ITEMS,
        /** The parcel is to be weighed. */
        WEIGHT,
        /** The packer is to confirm the quality check. */
        QC,
        /** Nothing is missing: the package ships. */
        SHIP
    }
}
