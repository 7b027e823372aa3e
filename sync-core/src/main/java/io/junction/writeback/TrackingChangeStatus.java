package io.junction.writeback;

/** Where a tracking-number change stands at the marketplace. */
public enum TrackingChangeStatus {
    /** Decided; the marketplace has not confirmed it yet (not asked, or no answer). */
    PENDING,
    /** The marketplace accepted it; the package carries the new number. */
    CONFIRMED,
    /** The marketplace refused it (or does not allow changes); the package keeps its number. */
    FAILED
}
