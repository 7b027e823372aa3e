package io.junction.returns;

/** Where a return stands; stored by name. */
public enum ReturnStatus {
    /** Registered: the buyer is sending the goods back. */
    REQUESTED,
    /** The goods arrived and were counted: restocked or scrapped. */
    RECEIVED,
    /** Settled; the refund, if any, recorded. */
    CLOSED
}
