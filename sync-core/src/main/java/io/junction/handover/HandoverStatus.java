package io.junction.handover;

/** Where a hand-over batch stands; stored by name. */
public enum HandoverStatus {
    /** Parcels are being scanned into it. */
    OPEN,
    /** Its manifest is printed and signed: no parcel joins it any more. */
    CLOSED
}
