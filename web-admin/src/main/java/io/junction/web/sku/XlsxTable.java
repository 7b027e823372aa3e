package io.junction.web.sku;

import io.junction.sku.CatalogueProblem;
import io.junction.sku.CatalogueRefusedException.RowProblem;
import io.junction.web.api.ApiInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * A sheet of named columns in an .xlsx workbook: the header row (row 1) names them, each row below is
 * one record. Reading is strict and explains itself: every cell that is not what its column holds
 * becomes a {@link RowProblem} with the row number the sheet shows, so a whole sheet is judged at once.
 */
public final class XlsxTable {

    /** More rows than a seller's catalogue has; a sheet past it is refused whole. */
    static final int MAX_ROWS = 20_000;

    private final List<String> columns;

    public XlsxTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The media type of an .xlsx workbook. */
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A workbook as a download named {@code filename}. */
    public static ResponseEntity<byte[]> download(byte[] workbook, String filename) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(workbook);
    }

    /**
     * Reads an uploaded sheet as {@link #read(InputStream)} does.
     *
     * @throws ApiInputException when no file came or it is not an .xlsx workbook
     */
    public Read read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new ApiInputException("file", "catalogue.import.noFile");
        }
        try (InputStream in = file.getInputStream()) {
            return read(in);
        } catch (IOException notAWorkbook) {
            throw new ApiInputException("file", "catalogue.import.unreadable");
        }
    }

    /** The records of a sheet, by row number, and the problems found reading them. */
    public record Read(Map<Integer, Record> rows, List<RowProblem> problems) {}

    /** The workbook whose first sheet has the header row and these rows, values as given (null: empty cell). */
    public byte[] write(String sheetName, List<List<Object>> rows) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(header);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    set(row.createCell(c), values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing a workbook in memory failed", e);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value != null) {
            // text stays text: a barcode of digits must not become a number with its leading zeros lost
            cell.setCellValue(value.toString());
        }
    }

    /**
     * Reads the first sheet: its header must name every column once and nothing else; blank rows are
     * skipped.
     *
     * @throws IOException when the upload is not an .xlsx workbook
     */
    public Read read(InputStream in) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        Map<Integer, Record> records = new LinkedHashMap<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
            Row header = sheet == null ? null : sheet.getRow(0);
            Map<String, Integer> at = new HashMap<>();
            if (header != null) {
                for (Cell cell : header) {
                    String name = text(cell);
                    if (name == null) {
                        continue;
                    }
                    String column = CellReference.convertNumToColString(cell.getColumnIndex());
                    if (!columns.contains(name)) {
                        problems.add(new RowProblem(1, new CatalogueProblem(column, "column.unknown", name)));
                    } else if (at.putIfAbsent(name, cell.getColumnIndex()) != null) {
                        problems.add(new RowProblem(1, new CatalogueProblem(name, "column.twice", name)));
                    }
                }
            }
            for (String name : columns) {
                if (!at.containsKey(name)) {
                    problems.add(new RowProblem(1, new CatalogueProblem(name, "column.missing", name)));
                }
            }
            if (!problems.isEmpty()) {
                return new Read(records, problems);
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add(
                        new RowProblem(MAX_ROWS + 2, new CatalogueProblem(columns.get(0), "rows.tooMany", MAX_ROWS)));
                return new Read(records, problems);
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Cell> cells = new HashMap<>();
                boolean blank = true;
                for (String name : columns) {
                    Cell cell = row.getCell(at.get(name));
                    cells.put(name, cell);
                    blank &= text(cell) == null;
                }
                if (!blank) {
                    records.put(r + 1, new Record(r + 1, cells, problems));
                }
            }
        } catch (IllegalArgumentException | POIXMLException notXlsx) {
            // POI's "not an OOXML file" and "unsupported format" are IllegalArgumentExceptions
            throw new IOException("not an .xlsx workbook", notXlsx);
        }
        return new Read(records, problems);
    }

    /** One row's cells, read as its columns' types; what cannot be read is added to the sheet's problems. */
    public static final class Record {
        private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "是", "x");
        private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "否");

        private final int row;
        private final Map<String, Cell> cells;
        private final List<RowProblem> problems;

        Record(int row, Map<String, Cell> cells, List<RowProblem> problems) {
            this.row = row;
            this.cells = cells;
            this.problems = problems;
        }

        public String text(String column) {
            return XlsxTable.text(cells.get(column));
        }

        public Integer integer(String column) {
            BigDecimal value = decimal(column, "integer");
            if (value == null) {
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException notWhole) {
                problems.add(new RowProblem(row, new CatalogueProblem(column, "integer")));
                return null;
            }
        }

        Long whole(String column) {
            Integer value = integer(column);
            return value == null ? null : value.longValue();
        }

        public BigDecimal decimal(String column) {
            return decimal(column, "number");
        }

        private BigDecimal decimal(String column, String reason) {
            Cell cell = cells.get(column);
            if (cell != null && type(cell) == CellType.NUMERIC) {
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            }
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notANumber) {
                problems.add(new RowProblem(row, new CatalogueProblem(column, reason)));
                return null;
            }
        }

        Boolean flag(String column) {
            Cell cell = cells.get(column);
            if (cell != null && type(cell) == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            String text = text(column);
            if (text == null) {
                return null;
            }
            String t = text.toLowerCase(Locale.ROOT);
            if (TRUE.contains(t)) {
                return true;
            }
            if (FALSE.contains(t)) {
                return false;
            }
            problems.add(new RowProblem(row, new CatalogueProblem(column, "boolean")));
            return null;
        }
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** A cell as text: a whole number without ".0", blank as null. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.strip();
    }
}
