package io.junction.tracking;

/** Whether a parcel's tracking is still polled; stored by name in {@code lgs_parcel_tracking.status}. */
public enum PollStatus {

    /** Polled when due: shipped, not yet delivered or returned. */
    PENDING,

    /** Delivered or returned: nothing more to learn. */
    DONE,

    /** Its carrier offers no tracking (or it has no number to track by): never polled. */
    UNTRACKED,

    /** Shipped longer ago than {@code junction.tracking.give-up-after} and still not delivered: no longer polled. */
    EXPIRED
}
