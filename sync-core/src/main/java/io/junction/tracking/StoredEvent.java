package io.junction.tracking;

import io.junction.logistics.TrackingStatus;
import java.time.Instant;

/** A tracking event as stored: the carrier's text and place, our status, and the package it belongs to. */
public record StoredEvent(
        long packageId, Instant eventTime, TrackingStatus status, String description, String location) {}
