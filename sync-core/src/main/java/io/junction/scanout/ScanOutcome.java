package io.junction.scanout;

/** What one entry of the scan log records; stored by name in {@code wms_scan_log.outcome}. */
public enum ScanOutcome {
    /** A package label opened a package. */
    OPENED,
    /** An item scan counted (its package line is recorded, so it can be undone). */
    ACCEPTED,
    /** A scan or a step was refused; the refusal is recorded with it. */
    REFUSED,
    /** The last item scan of the package was taken back. */
    UNDONE,
    /** The parcel's weight was within the tolerance and is stored. */
    WEIGHED,
    /** The parcel's weight was outside the tolerance and the packer kept it, giving a reason. */
    WEIGHT_OVERRIDDEN,
    /** The packer confirmed the quality check (appearance, quantity, labels). */
    QC_CONFIRMED,
    /** The package shipped. */
    SHIPPED,
    /** The packer put the parcel on the problem shelf; its order is on hold with the packer's reason. */
    SET_ASIDE,
    /** The label was printed again at the station. */
    REPRINTED
}
