package io.junction.web.sku;

import io.junction.sku.CatalogueSku;
import io.junction.sku.SkuDraft;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue as an Excel sheet: one row per SKU, one column per field of the API's JSON (barcodes
 * comma-separated in one cell). The export is a valid import; stock is not part of it (it moves by
 * receipts and adjustments).
 */
final class SkuWorkbook {

    static final List<String> COLUMNS = List.of(
            "code",
            "name",
            "nameEn",
            "barcodes",
            "weightGrams",
            "lengthMm",
            "widthMm",
            "heightMm",
            "declaredNameEn",
            "declaredNameCn",
            "declaredValue",
            "declaredCurrency",
            "hsCode",
            "battery",
            "liquid",
            "magnetic",
            "location",
            "imageUrl",
            "lowStockThreshold",
            "enabled");

    private static final XlsxTable TABLE = new XlsxTable(COLUMNS);

    private SkuWorkbook() {}

    static byte[] write(List<CatalogueSku> skus) {
        return TABLE.write(
                "SKUs",
                skus.stream()
                        .map(s -> Arrays.<Object>asList(
                                s.code(),
                                s.name(),
                                s.nameEn(),
                                String.join(",", s.barcodes()),
                                s.weightGrams(),
                                s.lengthMm(),
                                s.widthMm(),
                                s.heightMm(),
                                s.declaredNameEn(),
                                s.declaredNameCn(),
                                s.declaredValue(),
                                s.declaredCurrency(),
                                s.hsCode(),
                                s.battery(),
                                s.liquid(),
                                s.magnetic(),
                                s.location(),
                                s.imageUrl(),
                                s.lowStockThreshold(),
                                s.enabled()))
                        .toList());
    }

    /** The sheet's SKUs by row number, and what could not be read. */
    record Drafts(Map<Integer, SkuDraft> rows, List<io.junction.sku.CatalogueRefusedException.RowProblem> problems) {}

    static Drafts read(InputStream in) throws IOException {
        XlsxTable.Read read = TABLE.read(in);
        Map<Integer, SkuDraft> drafts = new LinkedHashMap<>();
        read.rows()
                .forEach((row, r) -> drafts.put(
                        row,
                        new SkuDraft(
                                r.text("code"),
                                r.text("name"),
                                r.text("nameEn"),
                                barcodes(r.text("barcodes")),
                                r.integer("weightGrams"),
                                r.integer("lengthMm"),
                                r.integer("widthMm"),
                                r.integer("heightMm"),
                                r.text("declaredNameEn"),
                                r.text("declaredNameCn"),
                                r.decimal("declaredValue"),
                                r.text("declaredCurrency"),
                                r.text("hsCode"),
                                r.flag("battery"),
                                r.flag("liquid"),
                                r.flag("magnetic"),
                                r.text("location"),
                                r.text("imageUrl"),
                                r.integer("lowStockThreshold"),
                                r.flag("enabled"))));
        return new Drafts(drafts, read.problems());
    }

    /** Barcodes as one cell holds them: separated by commas, semicolons or spaces. */
    static List<String> barcodes(String cell) {
        return cell == null
                ? List.of()
                : Arrays.stream(cell.split("[,;，；\\s]+"))
                        .filter(b -> !b.isBlank())
                        .toList();
    }
}
