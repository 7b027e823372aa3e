package io.junction.logistics;

/** Where the cancellation of one package's carrier parcel stands. */
public enum CancellationStatus {
    /** Due, or waiting for its next attempt (the first may wait for an in-flight pre-advice to end). */
    PENDING,
    /** The carrier cancelled the parcel, or holds none under our reference. Final. */
    CANCELLED,
    /** The carrier refused (e.g. already received): the parcel stands; a person must act. Final. */
    REFUSED,
    /** No usable answer after every attempt; a person must check at the carrier. Final. */
    FAILED
}
