package io.junction.web.sku;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import sheets as a seller fills them in: the export's columns, a header row, then one row per SKU. */
public final class SkuSheets {

    /** The SKU export's columns, in order. */
    public static final List<String> COLUMNS = SkuWorkbook.COLUMNS;

    private SkuSheets() {}

    /** A row giving {@code code}, {@code name} and {@code weight} under their columns, the rest left empty. */
    public static List<String> row(List<String> columns, String code, String name, String weight) {
        List<String> row = new ArrayList<>();
        for (String column : columns) {
            row.add(
                    switch (column) {
                        case "code" -> code;
                        case "name" -> name;
                        case "weightGrams" -> weight;
                        default -> "";
                    });
        }
        return row;
    }

    /** An .xlsx with {@code columns} as its header and {@code rows} below it (empty cells left out). */
    public static byte[] sheet(List<String> columns, List<List<String>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("import");
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
