package io.junction.carriers.kit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The times carriers write in their answers: {@code 2026-12-06 10:15:00}, {@code 2026-12-06T10:15:00},
 * with or without fractions or an offset, or epoch milliseconds. A time without an offset is the
 * carrier's local time, read in the zone its adapter is configured with.
 */
public final class CarrierTime {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"));

    private CarrierTime() {}

    /** The instant {@code text} names, empty when it is none of the carriers' formats. */
    public static Optional<Instant> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.matches("\\d{12,14}")) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(t)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notOffset) {
            // most carriers send local time without an offset
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(t, format).atZone(zone).toInstant());
            } catch (DateTimeParseException notThisOne) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
