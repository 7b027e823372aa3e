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
    UNKNOWN,
    /** The order was stopped before any carrier parcel could exist; the package is void. */
    WITHDRAWN,
    /** The order was stopped; its carrier parcel (if there is one) is being cancelled. The package is void. */
    CANCELLING,
    /** The carrier cancelled the parcel, or holds none under our reference; the package is void. */
    CANCELLED,
    /** The carrier refused to cancel (e.g. already received): the parcel stands and a person must act. */
    CANCEL_REFUSED,
    /**
     * Booked outside Junction (through a forwarder): a clerk entered its tracking number by hand, and no carrier
     * parcel of ours exists. It prints Junction's own label and is scanned and written back like any other.
     */
    MANUAL;

    /** Whether the package still belongs to the order's flow; a void one is kept for the record only. */
    public boolean isActive() {
        return this == NONE
                || this == REQUESTING
                || this == CREATED
                || this == REJECTED
                || this == UNKNOWN
                || this == MANUAL;
    }
}
