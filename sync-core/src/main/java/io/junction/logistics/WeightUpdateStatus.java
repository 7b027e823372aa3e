package io.junction.logistics;

/** Where a measured weight on its way to the carrier stands; stored by name. */
public enum WeightUpdateStatus {
    /** Waits for the relay, or is being sent. */
    PENDING,
    /** The carrier took the weight. */
    SENT,
    /** The carrier refused it with a reason (e.g. it weighed the parcel itself already). Final. */
    REFUSED,
    /** The carrier never answered, after every attempt; or the parcel was gone before it could be sent. Final. */
    FAILED
}
