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

    /** Barcode and note clipped to their columns, so that a long scan or reason is logged rather than refused. */
    public ScanLogEntry {
        barcode = clip(barcode, 128);
        note = clip(note, 500);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
