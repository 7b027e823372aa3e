package io.junction.simulator.label;

import io.junction.channel.Address;
import io.junction.pdf.PdfBarcode;
import io.junction.pdf.PdfText;
import io.junction.pdf.PdfText.Block;
import io.junction.pdf.PdfText.Weight;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders a 100 × 100 mm PDF label: service and sender on top, the recipient, a Code 128 barcode
 * of the tracking number drawn as vector bars (sharp at any printer resolution), the tracking
 * number in text and our reference.
 *
 * <p>Text in any script (Chinese, Japanese, Korean, Cyrillic, Greek, Hebrew, Arabic, Thai, Latin)
 * goes through {@link PdfText}, which embeds subsets of the bundled fonts. An address line too long
 * for the label is shrunk, then broken onto a second line while the address still fits above the
 * barcode, then cut with {@value PdfText#CUT}. A character no bundled font has becomes {@code ?}: a
 * label never fails because of a name. Thread-safe: every call builds its own document.
 */
public class LabelRenderer {

    /** 100 mm in PDF points. */
    public static final float SIDE = 100f * 72f / 25.4f;

    private static final float MARGIN = 10f;
    private static final float WIDTH = SIDE - 2 * MARGIN;
    private static final float BARCODE_BOTTOM = MARGIN + 34;
    private static final float BARCODE_HEIGHT = 62f;
    private static final float BARCODE_RULE = BARCODE_BOTTOM + BARCODE_HEIGHT + 6;
    /** The lowest baseline of the address: its descenders stay clear of the rule above the barcode. */
    private static final float ADDRESS_FLOOR = BARCODE_RULE + 4;

    private static final float MAX_MODULE_WIDTH = 2.5f;
    private static final float LEADING = 2f;
    private static final float NAME_SIZE = 10f;
    private static final float LINE_SIZE = 8.5f;
    /** Shrinking stops here, and long lines break instead: smaller is hard to read at a sorting belt. */
    private static final float SMALLEST = 0.8f;

    private static final int MAX_LINES_PER_FIELD = 2;

    private final LabelCaptions captions;

    /** A renderer printing {@code captions} beside the fields. */
    public LabelRenderer(LabelCaptions captions) {
        this.captions = Objects.requireNonNull(captions, "captions");
    }

    /** The label as PDF bytes. */
    public byte[] render(LabelContent content) {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            PDPage page = new PDPage(new PDRectangle(SIDE, SIDE));
            document.addPage(page);
            try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
                draw(canvas, text, content);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the label for " + content.trackingNumber(), e);
        }
    }

    private void draw(PDPageContentStream canvas, PdfText text, LabelContent content) throws IOException {
        float y = SIDE - MARGIN - 9;
        oneLine(canvas, text, content.serviceName(), y, 9, Weight.BOLD);
        y -= 10;
        oneLine(canvas, text, captioned(captions.from(), content.senderLine()), y, 6.5f, Weight.REGULAR);
        y -= 5;
        rule(canvas, y);
        y -= 10;

        text.show(canvas, text.fit(captions.shipTo(), 6.5f, WIDTH), MARGIN, y, 6.5f, Weight.REGULAR);
        y -= 11;
        address(canvas, text, content.recipient(), y);

        rule(canvas, BARCODE_RULE);
        barcode(canvas, content.trackingNumber(), MARGIN, BARCODE_BOTTOM, WIDTH, BARCODE_HEIGHT);

        float trackingSize = 12;
        String tracking = text.fit(content.trackingNumber(), trackingSize, WIDTH);
        float trackingWidth = text.width(tracking, trackingSize);
        text.show(canvas, tracking, (SIDE - trackingWidth) / 2, MARGIN + 20, trackingSize, Weight.BOLD);
        oneLine(canvas, text, captioned(captions.reference(), content.reference()), MARGIN + 4, 7.5f, Weight.REGULAR);
    }

    /** One line at {@code size}, shrunk a little or cut if it is too long. */
    private static void oneLine(PDPageContentStream canvas, PdfText text, String s, float y, float size, Weight weight)
            throws IOException {
        Block block = text.fit(orEmpty(s), size, size * SMALLEST, WIDTH, 1);
        text.show(canvas, block.lines().get(0), MARGIN, y, block.size(), weight);
    }

    /** The name in bold, then one field a line; a long field takes a second line while the address fits. */
    private void address(PDPageContentStream canvas, PdfText text, Address recipient, float top) throws IOException {
        List<String> fields = addressLines(recipient);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            float size = i == 0 ? NAME_SIZE : LINE_SIZE;
            blocks.add(text.fit(fields.get(i), size, size * SMALLEST, WIDTH, MAX_LINES_PER_FIELD));
        }
        for (int i = blocks.size() - 1; i >= 0 && lastBaseline(top, blocks) < ADDRESS_FLOOR; i--) {
            float size = i == 0 ? NAME_SIZE : LINE_SIZE;
            blocks.set(i, text.fit(fields.get(i), size, size * SMALLEST, WIDTH, 1));
        }
        float y = top;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            for (String line : block.lines()) {
                if (y < ADDRESS_FLOOR) {
                    return;
                }
                text.show(canvas, line, MARGIN, y, block.size(), i == 0 ? Weight.BOLD : Weight.REGULAR);
                y -= block.size() + LEADING;
            }
        }
    }

    private static float lastBaseline(float top, List<Block> blocks) {
        float y = top;
        int lines = 0;
        for (Block block : blocks) {
            for (int i = 0; i < block.lines().size(); i++) {
                if (lines++ > 0) {
                    y -= block.size() + LEADING;
                }
            }
        }
        return y;
    }

    private void barcode(PDPageContentStream canvas, String value, float x, float y, float width, float height)
            throws IOException {
        PdfBarcode.code128(canvas, value, x, y, width, height, MAX_MODULE_WIDTH);
    }

    private List<String> addressLines(Address a) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, a.name());
        addIfPresent(lines, a.company());
        addIfPresent(lines, a.line1());
        addIfPresent(lines, a.line2());
        addIfPresent(lines, joinPresent(" ", joinPresent(", ", a.city(), a.state()), a.postalCode()));
        addIfPresent(lines, a.countryCode());
        addIfPresent(lines, captioned(captions.phone(), a.phone()));
        return lines;
    }

    private static void addIfPresent(List<String> lines, String s) {
        if (s != null && !s.isBlank()) {
            lines.add(s.strip());
        }
    }

    /** The value after its caption; nothing when there is no value. */
    private static String captioned(String caption, String value) {
        return value == null || value.isBlank() ? "" : joinPresent(" ", caption, value);
    }

    private static String joinPresent(String separator, String... parts) {
        return Stream.of(parts)
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(separator));
    }

    private static void rule(PDPageContentStream canvas, float y) throws IOException {
        canvas.setLineWidth(0.8f);
        canvas.moveTo(MARGIN, y);
        canvas.lineTo(SIDE - MARGIN, y);
        canvas.stroke();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
