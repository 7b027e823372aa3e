package io.junction.web.sku;

import io.junction.sku.CatalogueRefusedException.RowProblem;
import io.junction.sku.Pairing;
import io.junction.sku.PairingDraft;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairings as an Excel sheet: one row per component, so that a bundle takes as many rows as it has
 * warehouse SKUs (same shop or platform, same platform SKU). The export is a valid import.
 */
final class PairingWorkbook {

    static final List<String> COLUMNS = List.of("shopId", "platform", "platformSku", "skuCode", "quantity");

    private static final XlsxTable TABLE = new XlsxTable(COLUMNS);

    private PairingWorkbook() {}

    static byte[] write(List<Pairing> pairings) {
        List<List<Object>> rows = new ArrayList<>();
        for (Pairing p : pairings) {
            for (Pairing.Component c : p.components()) {
                rows.add(Arrays.asList(p.shopId(), p.platform(), p.platformSku(), c.skuCode(), c.quantity()));
            }
        }
        return TABLE.write("SKU pairings", rows);
    }

    /** Each row's pairing of one component by row number, and what could not be read. */
    record Drafts(Map<Integer, PairingDraft> rows, List<RowProblem> problems) {}

    static Drafts read(InputStream in) throws IOException {
        XlsxTable.Read read = TABLE.read(in);
        Map<Integer, PairingDraft> drafts = new LinkedHashMap<>();
        read.rows()
                .forEach((row, r) -> drafts.put(
                        row,
                        new PairingDraft(
                                r.whole("shopId"),
                                r.text("platform"),
                                r.text("platformSku"),
                                List.of(new PairingDraft.ComponentDraft(r.text("skuCode"), r.integer("quantity"))))));
        return new Drafts(drafts, read.problems());
    }
}
