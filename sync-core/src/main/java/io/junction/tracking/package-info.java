/**
 * After the parcel leaves: each shipped package's carrier tracking, polled on a schedule by an outbox relay
 * (one row per parcel, claimed with a lease so that two nodes never poll one parcel at once), normalised into
 * {@link io.junction.logistics.TrackingStatus} with the carrier's own text kept, each event stored once; and the
 * alerts of parcels with no first carrier scan (AliExpress's false-shipment risk, 虚假发货) or stuck in one status.
 */
package io.junction.tracking;
