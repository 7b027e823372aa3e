package io.junction.web.sku;

import io.junction.pdf.PdfBarcode;
import io.junction.pdf.PdfText;
import io.junction.pdf.PdfText.Weight;
import io.junction.sku.CatalogueSku;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A sheet of SKU labels for receiving: A4 with 3 × 8 labels of 70 × 37 mm (the common die-cut sheet),
 * each with the SKU's name, its code and a Code 128 of its first barcode (its code when it has none),
 * the barcode's digits beneath. Labels run on to further pages as needed; {@code copies} of each.
 */
final class SkuLabelSheet {

    static final int COLUMNS = 3;
    static final int ROWS = 8;
    static final int MAX_LABELS = 2_000;
    private static final float MM = 72f / 25.4f;
    private static final float LABEL_WIDTH = 70 * MM;
    private static final float LABEL_HEIGHT = PDRectangle.A4.getHeight() / ROWS;
    private static final float PAD = 3 * MM;
    private static final float MAX_MODULE = 1.4f;

    private SkuLabelSheet() {}

    /** The value the label's barcode encodes. */
    static String barcodeOf(CatalogueSku sku) {
        return sku.barcodes().isEmpty() ? sku.code() : sku.barcodes().get(0);
    }

    static byte[] render(List<CatalogueSku> skus, int copies) {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            int labels = Math.min(MAX_LABELS, skus.size() * copies);
            PDPageContentStream canvas = null;
            for (int n = 0; n < labels; n++) {
                int slot = n % (COLUMNS * ROWS);
                if (slot == 0) {
                    if (canvas != null) {
                        canvas.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    canvas = new PDPageContentStream(document, page);
                }
                float x = (slot % COLUMNS) * LABEL_WIDTH;
                float y = PDRectangle.A4.getHeight() - (slot / COLUMNS + 1) * LABEL_HEIGHT;
                label(canvas, text, skus.get(n / copies), x, y);
            }
            if (canvas != null) {
                canvas.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("SKU labels could not be drawn", e);
        }
    }

    private static void label(PDPageContentStream canvas, PdfText text, CatalogueSku sku, float x, float y)
            throws IOException {
        float width = LABEL_WIDTH - 2 * PAD;
        float top = y + LABEL_HEIGHT - PAD;
        text.show(canvas, text.fit(sku.name(), 7, width), x + PAD, top - 7, 7, Weight.REGULAR);
        text.show(canvas, text.fit(sku.code(), 9, width), x + PAD, top - 18, 9, Weight.BOLD);
        String value = barcodeOf(sku);
        PdfBarcode.code128(canvas, value, x + PAD, y + PAD + 9, width, LABEL_HEIGHT - 2 * PAD - 30, MAX_MODULE);
        float valueWidth = text.width(value, 7);
        text.show(canvas, value, x + (LABEL_WIDTH - valueWidth) / 2, y + PAD + 2, 7, Weight.REGULAR);
    }
}
