package io.junction.logistics;

/**
 * Where a parcel is on its way, in one set of words for every carrier. Each carrier's own statuses
 * and texts are normalised into these; the carrier's text is kept beside them ({@link TrackingEvent}).
 */
public enum TrackingStatus {

    /** The carrier has the pre-advice (the parcel's data) but no scan of the parcel itself yet. */
    INFO_RECEIVED,

    /** The carrier has scanned the parcel: collected, or received at its depot. The first carrier scan. */
    PICKED_UP,

    /** On its way: sorting, line haul, export, import, customs, hand-over to the last-mile carrier. */
    IN_TRANSIT,

    /** With the courier for delivery today. */
    OUT_FOR_DELIVERY,

    /** Delivered to the recipient (or a pick-up point they collected from). Final. */
    DELIVERED,

    /** Something stopped the parcel: failed delivery, held at customs, intercepted, lost, damaged; a person should look. */
    EXCEPTION,

    /** On its way back to the sender, or back already. */
    RETURNED;

    /** True once the parcel's journey is over: delivered or returned. */
    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED;
    }

    /** True once the carrier has physically handled the parcel (any status after {@link #INFO_RECEIVED}). */
    public boolean isScanned() {
        return this != INFO_RECEIVED;
    }
}
