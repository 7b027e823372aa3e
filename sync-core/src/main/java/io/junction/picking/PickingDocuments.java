package io.junction.picking;

import io.junction.channel.Address;
import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.pdf.PdfBarcode;
import io.junction.pdf.PdfCaptions;
import io.junction.pdf.PdfText;
import io.junction.pdf.PdfText.Weight;
import io.junction.picking.PickingService.PickingSlip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Draws the picking documents on A4: the pick list with barcodes, the picking slips, the packing slips. */
final class PickingDocuments {

    private static final float MARGIN = 36;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BIN = MARGIN;
    private static final float SKU = MARGIN + 62;
    private static final float NAME = MARGIN + 160;
    private static final float QTY = MARGIN + 318;
    private static final float BARCODE = MARGIN + 352;
    private static final float BARCODE_WIDTH = 120;
    private static final float IMAGE = BARCODE + BARCODE_WIDTH + 6;
    private static final float ROW = 30;

    private PickingDocuments() {}

    static byte[] pickList(List<PickRow> rows, List<PickingSlip> slips, PdfCaptions captions) {
        return draw(sheet -> {
            int units = rows.stream().mapToInt(PickRow::quantity).sum();
            sheet.title(captions.text("pick-list.title"));
            sheet.line(captions.text("pick-list.summary", slips.size(), rows.size(), units), 9, Weight.REGULAR);
            sheet.gap(6);
            sheet.room(ROW);
            header(sheet, captions, true);
            for (PickRow row : rows) {
                sheet.room(ROW);
                float y = sheet.y - 12;
                sheet.cell(orDash(row.location()), BIN, y, SKU - BIN, 9, Weight.BOLD);
                sheet.cell(row.sku(), SKU, y, NAME - SKU, 8, Weight.REGULAR);
                sheet.cell(row.name(), NAME, y, QTY - NAME, 8, Weight.REGULAR);
                sheet.cell(String.valueOf(row.quantity()), QTY, y, BARCODE - QTY, 10, Weight.BOLD);
                PdfBarcode.code128(sheet.canvas, row.barcodeValue(), BARCODE, y - 8, BARCODE_WIDTH, 18, 1.2f);
                sheet.cell(row.barcodeValue(), BARCODE + 4, y - 15, BARCODE_WIDTH, 5.5f, Weight.REGULAR);
                sheet.cell(orDash(row.imageName()), IMAGE, y, MARGIN + WIDTH - IMAGE, 6.5f, Weight.REGULAR);
                sheet.y -= ROW;
                sheet.rule();
            }
            for (PickingSlip slip : slips) {
                pickingSlip(sheet, slip, captions);
            }
        });
    }

    private static void header(Sheet sheet, PdfCaptions captions, boolean barcodes) throws IOException {
        float y = sheet.y - 10;
        sheet.cell(captions.text("column.bin"), BIN, y, SKU - BIN, 7.5f, Weight.BOLD);
        sheet.cell(captions.text("column.sku"), SKU, y, NAME - SKU, 7.5f, Weight.BOLD);
        sheet.cell(captions.text("column.name"), NAME, y, QTY - NAME, 7.5f, Weight.BOLD);
        sheet.cell(captions.text("column.quantity"), QTY, y, BARCODE - QTY, 7.5f, Weight.BOLD);
        if (barcodes) {
            sheet.cell(captions.text("column.barcode"), BARCODE, y, BARCODE_WIDTH, 7.5f, Weight.BOLD);
            sheet.cell(captions.text("column.image"), IMAGE, y, MARGIN + WIDTH - IMAGE, 7.5f, Weight.BOLD);
        }
        sheet.y -= 14;
        sheet.rule();
    }

    private static void pickingSlip(Sheet sheet, PickingSlip slip, PdfCaptions captions) throws IOException {
        Order order = slip.order();
        sheet.room(70 + 16 * slip.picks().size());
        sheet.gap(14);
        sheet.line(captions.text("picking-slip.title", order.platformOrderId(), order.platform()), 11, Weight.BOLD);
        sheet.line(captions.text("note.buyer", orDash(order.buyerNote())), 8.5f, Weight.REGULAR);
        sheet.line(captions.text("note.seller", orDash(slip.sellerNote())), 8.5f, Weight.REGULAR);
        header(sheet, captions, false);
        for (PickRow row : slip.picks()) {
            sheet.room(16);
            float y = sheet.y - 11;
            sheet.cell(orDash(row.location()), BIN, y, SKU - BIN, 8.5f, Weight.BOLD);
            sheet.cell(row.sku(), SKU, y, NAME - SKU, 8, Weight.REGULAR);
            sheet.cell(row.name(), NAME, y, QTY - NAME, 8, Weight.REGULAR);
            sheet.cell(String.valueOf(row.quantity()), QTY, y, BARCODE - QTY, 9, Weight.BOLD);
            sheet.y -= 16;
        }
        sheet.rule();
    }

    static byte[] packingSlips(List<PickingSlip> slips, PdfCaptions captions) {
        return draw(sheet -> {
            boolean first = true;
            for (PickingSlip slip : slips) {
                if (!first) {
                    sheet.newPage();
                }
                first = false;
                Order order = slip.order();
                sheet.title(captions.text("packing-slip.title"));
                sheet.line(
                        captions.text("packing-slip.order", order.platformOrderId(), order.platform()),
                        10,
                        Weight.BOLD);
                sheet.gap(6);
                sheet.line(captions.text("packing-slip.ship-to"), 8, Weight.BOLD);
                for (String line : addressLines(order.shipTo())) {
                    sheet.line(line, 10, Weight.REGULAR);
                }
                sheet.gap(8);
                float y = sheet.y - 10;
                sheet.cell(captions.text("column.item"), BIN, y, QTY - BIN, 7.5f, Weight.BOLD);
                sheet.cell(captions.text("column.sku"), QTY - 120, y, 120, 7.5f, Weight.BOLD);
                sheet.cell(captions.text("column.quantity"), QTY, y, 60, 7.5f, Weight.BOLD);
                sheet.y -= 14;
                sheet.rule();
                int units = 0;
                for (OrderLine line : slip.lines()) {
                    sheet.room(16);
                    y = sheet.y - 11;
                    sheet.cell(
                            line.title() == null ? line.platformSku() : line.title(),
                            BIN,
                            y,
                            QTY - BIN - 126,
                            8.5f,
                            Weight.REGULAR);
                    sheet.cell(line.platformSku(), QTY - 120, y, 116, 8, Weight.REGULAR);
                    sheet.cell(String.valueOf(line.quantity()), QTY, y, 60, 9, Weight.BOLD);
                    units += line.quantity();
                    sheet.y -= 16;
                }
                sheet.rule();
                sheet.line(captions.text("packing-slip.total", units), 9, Weight.BOLD);
                if (order.buyerNote() != null && !order.buyerNote().isBlank()) {
                    sheet.line(captions.text("note.buyer", order.buyerNote()), 8.5f, Weight.REGULAR);
                }
            }
        });
    }

    private static List<String> addressLines(Address a) {
        String cityLine = Stream.of(a.city(), a.state(), a.postalCode())
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(", "));
        return Stream.of(a.name(), a.company(), a.line1(), a.line2(), cityLine, a.countryCode(), a.phone())
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .toList();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(Sheet sheet) throws IOException;
    }

    private static byte[] draw(Drawing drawing) {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            Sheet sheet = new Sheet(document, text);
            sheet.newPage();
            drawing.draw(sheet);
            sheet.canvas.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the picking documents", e);
        }
    }

    /** A cursor down A4 pages: a new page when the next block does not fit. */
    private static final class Sheet {
        private final PDDocument document;
        private final PdfText text;
        private PDPageContentStream canvas;
        private float y;

        Sheet(PDDocument document, PdfText text) {
            this.document = document;
            this.text = text;
        }

        void newPage() throws IOException {
            if (canvas != null) {
                canvas.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            canvas = new PDPageContentStream(document, page);
            y = TOP;
        }

        void room(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void title(String s) throws IOException {
            line(s, 16, Weight.BOLD);
            gap(4);
        }

        void line(String s, float size, Weight weight) throws IOException {
            room(size + 4);
            y -= size + 3;
            text.show(canvas, text.fit(s, size, WIDTH), MARGIN, y, size, weight);
        }

        void cell(String s, float x, float baseline, float width, float size, Weight weight) throws IOException {
            text.show(canvas, text.fit(s == null ? "" : s, size, width - 3), x, baseline, size, weight);
        }

        void gap(float height) {
            y -= height;
        }

        void rule() throws IOException {
            canvas.moveTo(MARGIN, y);
            canvas.lineTo(MARGIN + WIDTH, y);
            canvas.setLineWidth(0.4f);
            canvas.stroke();
        }
    }
}
