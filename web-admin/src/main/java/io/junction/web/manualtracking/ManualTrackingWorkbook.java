package io.junction.web.manualtracking;

import io.junction.manualtracking.ManualTracking;
import io.junction.web.sku.XlsxTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheet of tracking numbers booked outside Junction: one row per parcel, the order by its platform order
 * number, the package only when the order has several, and the tracking number.
 */
final class ManualTrackingWorkbook {

    static final List<String> COLUMNS = List.of("order", "packageNo", "trackingNumber");

    private static final XlsxTable TABLE = new XlsxTable(COLUMNS);

    private ManualTrackingWorkbook() {}

    /** An empty sheet with the header row, to fill in. */
    static byte[] template() {
        return TABLE.write("Tracking", List.of());
    }

    /** The sheet's entries and what could not be read. */
    static Read read(InputStream in) throws IOException {
        XlsxTable.Read read = TABLE.read(in);
        List<ManualTracking> entries = new ArrayList<>();
        read.rows()
                .forEach((row, r) -> entries.add(
                        new ManualTracking(row, null, r.text("order"), r.text("packageNo"), r.text("trackingNumber"))));
        return new Read(entries, read);
    }

    record Read(List<ManualTracking> entries, XlsxTable.Read sheet) {}
}
