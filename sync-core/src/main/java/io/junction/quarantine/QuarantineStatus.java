package io.junction.quarantine;

/** Where a quarantined payload stands. */
public enum QuarantineStatus {
    /** Waiting for its cause to be fixed and a retry. */
    OPEN,
    /** It became an order: a retry read it, or a later sync brought a readable version. */
    RESOLVED,
    /** A person decided it needs no order (a test order, a duplicate) and said why. */
    DISMISSED
}
