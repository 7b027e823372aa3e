package io.junction.label;

import io.junction.channel.Address;
import io.junction.pdf.PdfBarcode;
import io.junction.pdf.PdfText;
import io.junction.pdf.PdfText.Block;
import io.junction.pdf.PdfText.Weight;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws {@link JunctionLabel}s as 100 × 100 mm PDF pages: method and sender on top, the recipient in any
 * script, a Code 128 of the tracking number drawn as vector bars, the order, contents and weight, and for a
 * cross-border parcel the CN22 block. The captions are the postal forms' own English (a label is read by
 * carriers and customs, not by the clerk who prints it). Thread-safe: every call builds its own document.
 */
public final class JunctionLabelRenderer {

    /** 100 mm in PDF points. */
    static final float SIDE = 100f * 72f / 25.4f;

    private static final float MARGIN = 8f;
    private static final float WIDTH = SIDE - 2 * MARGIN;
    private static final float MAX_MODULE = 2.2f;
    private static final int CN22_ROWS = 3;

    private JunctionLabelRenderer() {}

    /** One page per label, in the order given. */
    public static byte[] render(List<JunctionLabel> labels) {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            for (JunctionLabel label : labels) {
                PDPage page = new PDPage(new PDRectangle(SIDE, SIDE));
                document.addPage(page);
                try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
                    draw(canvas, text, label);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw Junction's labels", e);
        }
    }

    private static void draw(PDPageContentStream canvas, PdfText text, JunctionLabel label) throws IOException {
        boolean customs = label.customs() != null;
        float y = SIDE - MARGIN - 8;
        line(canvas, text, label.methodName(), y, 8, Weight.BOLD);
        y -= 9;
        line(canvas, text, "FROM: " + oneLine(label.sender()), y, 6, Weight.REGULAR);
        y -= 4;
        rule(canvas, y);
        y -= 8;
        line(canvas, text, "TO:", y, 6, Weight.REGULAR);
        y -= 10;
        float addressFloor = customs ? 176 : 150;
        for (String field : addressLines(label.recipient())) {
            boolean name =
                    y > SIDE - MARGIN - 40 && field.equals(label.recipient().name());
            float size = name ? 10 : 8;
            Block block = text.fit(field, size, size * 0.8f, WIDTH, 2);
            for (String l : block.lines()) {
                if (y < addressFloor) {
                    break;
                }
                text.show(canvas, l, MARGIN, y, block.size(), name ? Weight.BOLD : Weight.REGULAR);
                y -= block.size() + 2;
            }
        }
        float barcodeTop = addressFloor - 6;
        rule(canvas, barcodeTop + 2);
        float barcodeHeight = customs ? 34 : 50;
        float barcodeBottom = barcodeTop - barcodeHeight;
        PdfBarcode.code128(canvas, label.trackingNumber(), MARGIN, barcodeBottom, WIDTH, barcodeHeight, MAX_MODULE);
        String tracking = text.fit(label.trackingNumber(), 10, WIDTH);
        float trackingWidth = text.width(tracking, 10);
        y = barcodeBottom - 10;
        text.show(canvas, tracking, (SIDE - trackingWidth) / 2, y, 10, Weight.BOLD);
        y -= 9;
        line(
                canvas,
                text,
                "Order: " + label.platformOrderId() + "   Ref: " + label.reference(),
                y,
                6.5f,
                Weight.REGULAR);
        y -= 8;
        line(
                canvas,
                text,
                "Weight: " + kilograms(label.weightGrams()) + " kg   SKU: " + label.skuSummary(),
                y,
                6.5f,
                Weight.REGULAR);
        if (customs) {
            cn22(canvas, text, label.customs(), y - 5);
        }
    }

    /** The CN22 block from {@code top} down to the margin. */
    private static void cn22(PDPageContentStream canvas, PdfText text, JunctionLabel.Cn22 cn22, float top)
            throws IOException {
        canvas.addRect(MARGIN, MARGIN, WIDTH, top - MARGIN);
        canvas.setLineWidth(0.6f);
        canvas.stroke();
        float x = MARGIN + 2;
        float y = top - 7;
        text.show(canvas, "CUSTOMS DECLARATION CN 22", x, y, 6.5f, Weight.BOLD);
        text.show(canvas, "[X] Sale of goods", MARGIN + WIDTH * 0.62f, y, 6, Weight.REGULAR);
        y -= 8;
        float qty = MARGIN + WIDTH * 0.55f;
        float weight = MARGIN + WIDTH * 0.66f;
        float value = MARGIN + WIDTH * 0.82f;
        text.show(canvas, "Description of contents", x, y, 5.5f, Weight.BOLD);
        text.show(canvas, "Qty", qty, y, 5.5f, Weight.BOLD);
        text.show(canvas, "Weight (kg)", weight, y, 5.5f, Weight.BOLD);
        text.show(canvas, "Value (" + cn22.currency() + ")", value, y, 5.5f, Weight.BOLD);
        List<JunctionLabel.Cn22.Item> items = cn22.items();
        for (int i = 0; i < Math.min(CN22_ROWS, items.size()); i++) {
            JunctionLabel.Cn22.Item item = items.get(i);
            y -= 7;
            String description = i == CN22_ROWS - 1 && items.size() > CN22_ROWS
                    ? "+ " + (items.size() - i) + " more"
                    : item.description() + (item.hsCode() == null ? "" : " HS " + item.hsCode());
            text.show(canvas, text.fit(description, 5.5f, qty - x - 2), x, y, 5.5f, Weight.REGULAR);
            text.show(canvas, String.valueOf(item.quantity()), qty, y, 5.5f, Weight.REGULAR);
            text.show(canvas, kilograms(item.weightGrams()), weight, y, 5.5f, Weight.REGULAR);
            text.show(canvas, money(item.value()), value, y, 5.5f, Weight.REGULAR);
        }
        y -= 8;
        text.show(canvas, "Country of origin: " + cn22.originCountry(), x, y, 5.5f, Weight.REGULAR);
        text.show(canvas, "Total weight: " + kilograms(cn22.totalWeightGrams()), weight - 30, y, 5.5f, Weight.BOLD);
        text.show(canvas, "Total: " + money(cn22.totalValue()), value, y, 5.5f, Weight.BOLD);
        y -= 7;
        text.show(
                canvas,
                "I certify that the particulars given in this declaration are correct. Date and sender's signature:",
                x,
                y,
                4.5f,
                Weight.REGULAR);
    }

    static String kilograms(int grams) {
        return BigDecimal.valueOf(grams)
                .movePointLeft(3)
                .setScale(3, RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void line(PDPageContentStream canvas, PdfText text, String s, float y, float size, Weight weight)
            throws IOException {
        Block block = text.fit(s == null ? "" : s, size, size * 0.8f, WIDTH, 1);
        text.show(canvas, block.lines().get(0), MARGIN, y, block.size(), weight);
    }

    private static void rule(PDPageContentStream canvas, float y) throws IOException {
        canvas.moveTo(MARGIN, y);
        canvas.lineTo(SIDE - MARGIN, y);
        canvas.setLineWidth(0.8f);
        canvas.stroke();
    }

    /** The recipient as the label shows it: name, company, street lines, city line, country, phone. */
    static List<String> addressLines(Address a) {
        String cityLine = Stream.of(a.city(), a.state(), a.postalCode())
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(", "));
        return Stream.of(
                        a.name(),
                        a.company(),
                        a.line1(),
                        a.line2(),
                        cityLine,
                        a.countryCode(),
                        a.phone() == null ? null : "Tel " + a.phone())
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** The sender on one line. */
    static String oneLine(Address a) {
        return Stream.of(a.name(), a.line1(), a.city(), a.postalCode(), a.countryCode())
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
