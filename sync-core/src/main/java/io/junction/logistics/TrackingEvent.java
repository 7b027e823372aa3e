package io.junction.logistics;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a parcel's journey as the carrier reported it.
 *
 * @param time when it happened (the carrier's local time read in the zone its adapter is configured with)
 * @param description the carrier's own text, unchanged (often Chinese or English, sometimes both)
 * @param location where, in the carrier's words; null when the carrier gives none
 * @param status the carrier's status or text normalised into ours
 */
public record TrackingEvent(Instant time, String description, String location, TrackingStatus status) {

    public TrackingEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(status, "status");
        description = description == null ? "" : description;
    }
}
