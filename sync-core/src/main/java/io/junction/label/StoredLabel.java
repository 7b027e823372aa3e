package io.junction.label;

/** A carrier's label as first fetched, for the tracking number it was fetched for. */
public record StoredLabel(long packageId, String trackingNumber, byte[] content) {}
