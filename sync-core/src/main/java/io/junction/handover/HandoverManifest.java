package io.junction.handover;

import io.junction.pdf.PdfCaptions;
import io.junction.pdf.PdfText;
import io.junction.pdf.PdfText.Weight;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The manifest of a hand-over batch on A4: the count, every tracking number with its weight, totals, signatures. */
final class HandoverManifest {

    private static final float MARGIN = 40;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;
    private static final float ROW = 14;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HandoverManifest() {}

    static byte[] render(HandoverBatch batch, PdfCaptions captions, ZoneId zone) {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDPageContentStream canvas = new PDPageContentStream(document, page);
            Handover h = batch.handover();
            float y = TOP - 16;
            text.show(canvas, captions.text("manifest.title", h.id()), MARGIN, y, 16, Weight.BOLD);
            y -= 20;
            text.show(canvas, captions.text("manifest.carrier", h.carrier()), MARGIN, y, 10, Weight.REGULAR);
            y -= 14;
            text.show(
                    canvas,
                    captions.text("manifest.times", time(h.openedAt(), zone), time(h.closedAt(), zone)),
                    MARGIN,
                    y,
                    9,
                    Weight.REGULAR);
            y -= 16;
            String totals = captions.text("manifest.totals", batch.count(), kilograms(batch.totalWeightGrams()));
            text.show(canvas, totals, MARGIN, y, 11, Weight.BOLD);
            y -= 20;
            float[] x = {MARGIN, MARGIN + 30, MARGIN + 190, MARGIN + 300, MARGIN + 440};
            String[] heads = {
                "#",
                captions.text("manifest.column.tracking"),
                captions.text("manifest.column.package"),
                captions.text("manifest.column.order"),
                captions.text("manifest.column.weight")
            };
            for (int i = 0; i < heads.length; i++) {
                text.show(canvas, heads[i], x[i], y, 8, Weight.BOLD);
            }
            y -= 4;
            rule(canvas, y);
            int n = 0;
            for (HandoverParcel p : batch.parcels()) {
                if (y - ROW < MARGIN + 60) {
                    canvas.close();
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    canvas = new PDPageContentStream(document, page);
                    y = TOP;
                }
                y -= ROW;
                n++;
                text.show(canvas, String.valueOf(n), x[0], y, 8.5f, Weight.REGULAR);
                text.show(canvas, text.fit(p.trackingNumber(), 9, x[2] - x[1] - 4), x[1], y, 9, Weight.BOLD);
                text.show(canvas, text.fit(p.packageNo(), 8.5f, x[3] - x[2] - 4), x[2], y, 8.5f, Weight.REGULAR);
                text.show(canvas, text.fit(p.platformOrderId(), 8.5f, x[4] - x[3] - 4), x[3], y, 8.5f, Weight.REGULAR);
                text.show(canvas, kilograms(p.weightGrams()), x[4], y, 8.5f, Weight.REGULAR);
            }
            y -= 6;
            rule(canvas, y);
            y -= 16;
            text.show(canvas, totals, MARGIN, y, 10, Weight.BOLD);
            y -= 40;
            text.show(canvas, captions.text("manifest.sign.carrier"), MARGIN, y, 9, Weight.REGULAR);
            text.show(canvas, captions.text("manifest.sign.warehouse"), MARGIN + 270, y, 9, Weight.REGULAR);
            canvas.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not draw the manifest of batch " + batch.handover().id(), e);
        }
    }

    static String kilograms(int grams) {
        return BigDecimal.valueOf(grams).movePointLeft(3).setScale(3).toPlainString();
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "—" : TIME.format(at.atZone(zone));
    }

    private static void rule(PDPageContentStream canvas, float y) throws IOException {
        canvas.moveTo(MARGIN, y);
        canvas.lineTo(RIGHT, y);
        canvas.setLineWidth(0.5f);
        canvas.stroke();
    }
}
