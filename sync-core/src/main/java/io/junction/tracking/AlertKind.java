package io.junction.tracking;

/** Why a parcel is on the alert list. */
public enum AlertKind {

    /** Shipped longer ago than its platform allows and never scanned by the carrier (AliExpress: 虚假发货). */
    NO_FIRST_SCAN,

    /** Scanned, not delivered nor returned, and in one status longer than allowed. */
    STUCK
}
