package io.junction.scanout;

import java.time.Instant;

/**
 * One line of the scan log ({@code wms_scan_log}).
 *
 * @param packageLineId the line an accepted item scan counted on, to undo it
 * @param barcode what was scanned or typed (for a weighing: the grams)
 * @param note the packer's reason (problem shelf, weight override), or what else the entry needs to say
 */
public record ScanLogEntry(
        Long id,
        String stationName,
        String operator,
        Long packageId,
        Long packageLineId,
        String barcode,
        ScanOutcome outcome,
        ScanRefusal refusal,
        String note,
        Instant occurredAt,
        Instant undoneAt) {

    static ScanLogEntry of(
            StationCall call,
            Long packageId,
            Long lineId,
            String barcode,
            ScanOutcome outcome,
            ScanRefusal refusal,
            String note,
            Instant at) {
        return new ScanLogEntry(
                null,
                call.station(),
                call.operator(),
                packageId,
                lineId,
                clip(barcode, 128),
                outcome,
                refusal,
                clip(note, 500),
                at,
                null);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
