package io.junction.order;

/** Where a package's carrier pre-advice stands. At most one carrier parcel per package, under any fault. */
public enum PreAdviceStatus {
    /** Not yet requested. */
    NONE,
    /** An attempt is under way (its intent committed before the call); a stale one means a crash. */
    REQUESTING,
    /** The carrier holds the parcel; the tracking number may still be pending. */
    CREATED,
    /** The carrier refused with a reason; fix the cause and request again. */
    REJECTED,
    /** The carrier may or may not have created it; the next attempt looks it up first. */
    UNKNOWN
}
