package io.junction.logistics;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a carrier says about a parcel's journey: its current status and the events so far.
 *
 * @param trackingNumber the number the carrier tracked (its tracking number, or waybill when it has none)
 * @param status the parcel's current status: the carrier's own parcel status when it gives one, else the
 *     latest event's; {@link TrackingStatus#INFO_RECEIVED} while there is no scan
 * @param events oldest first; empty while the carrier has only the pre-advice
 */
public record ParcelTracking(String trackingNumber, TrackingStatus status, List<TrackingEvent> events) {

    public ParcelTracking {
        Objects.requireNonNull(status, "status");
        events = events.stream()
                .sorted(Comparator.comparing(TrackingEvent::time))
                .toList();
    }

    /** The tracking of a parcel with events: its status is the latest event's. */
    public static ParcelTracking fromEvents(String trackingNumber, List<TrackingEvent> events) {
        TrackingStatus latest = events.stream()
                .max(Comparator.comparing(TrackingEvent::time))
                .map(TrackingEvent::status)
                .orElse(TrackingStatus.INFO_RECEIVED);
        return new ParcelTracking(trackingNumber, latest, events);
    }
}
