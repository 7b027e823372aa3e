package io.junction.carriers.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import io.junction.channel.Address;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a 100 × 100 mm PDF label: service and sender on top, the recipient, a Code 128 barcode
 * of the tracking number drawn as vector bars (sharp at any printer resolution), the tracking
 * number in text and our reference.
 *
 * <p>The text uses Helvetica from PDFBox's standard 14 fonts, which carries no CJK glyphs and no
 * font file. Accented letters WinAnsi knows are kept (é, ü, ß); others lose their accent (ł → l,
 * ő → o); anything else (张伟, Кирилл) becomes {@code ?}. A label never fails because of a name.
 * Thread-safe: every call builds its own document.
 */
public class LabelRenderer {

    /** 100 mm in PDF points. */
    public static final float SIDE = 100f * 72f / 25.4f;

    private static final float MARGIN = 10f;
    private static final float BARCODE_HEIGHT = 62f;
    private static final float MAX_MODULE_WIDTH = 2.5f;

    /** Letters WinAnsi lacks and Unicode does not decompose, with the plain letter to print instead. */
    private static final Map<Character, String> PLAIN_LETTERS = Map.ofEntries(
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"), Map.entry('ŀ', "l"),
            Map.entry('Ŀ', "L"), Map.entry('ŧ', "t"), Map.entry('Ŧ', "T"));

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** The label as PDF bytes. */
    public byte[] render(LabelContent content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(SIDE, SIDE));
            document.addPage(page);
            try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
                draw(canvas, content);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the label for " + content.trackingNumber(), e);
        }
    }

    private void draw(PDPageContentStream canvas, LabelContent content) throws IOException {
        float width = SIDE - 2 * MARGIN;
        float y = SIDE - MARGIN - 9;

        text(canvas, bold, 9, MARGIN, y, fit(bold, 9, width, orEmpty(content.serviceName())));
        y -= 10;
        text(canvas, regular, 6.5f, MARGIN, y, fit(regular, 6.5f, width, "From: " + orEmpty(content.senderLine())));
        y -= 5;
        rule(canvas, y);
        y -= 10;

        text(canvas, regular, 6.5f, MARGIN, y, "SHIP TO");
        y -= 11;
        List<String> lines = addressLines(content.recipient());
        for (int i = 0; i < lines.size(); i++) {
            PDFont font = i == 0 ? bold : regular;
            float size = i == 0 ? 10 : 8.5f;
            text(canvas, font, size, MARGIN, y, fit(font, size, width, lines.get(i)));
            y -= size + 2;
        }

        float barcodeBottom = MARGIN + 34;
        rule(canvas, barcodeBottom + BARCODE_HEIGHT + 6);
        barcode(canvas, content.trackingNumber(), MARGIN, barcodeBottom, width, BARCODE_HEIGHT);

        String tracking = printable(content.trackingNumber());
        float trackingSize = 12;
        float trackingWidth = bold.getStringWidth(tracking) / 1000 * trackingSize;
        text(canvas, bold, trackingSize, (SIDE - trackingWidth) / 2, MARGIN + 20, fit(bold, trackingSize, width, tracking));
        text(canvas, regular, 7.5f, MARGIN, MARGIN + 4, fit(regular, 7.5f, width, "Ref: " + orEmpty(content.reference())));
    }

    /** Code 128 from ZXing, each run of dark modules one filled rectangle, centred in the box. */
    private void barcode(PDPageContentStream canvas, String value, float x, float y, float width, float height)
            throws IOException {
        BitMatrix matrix = new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, 1, Map.of(EncodeHintType.MARGIN, 10));
        int modules = matrix.getWidth();
        float module = Math.min(MAX_MODULE_WIDTH, width / modules);
        float left = x + (width - module * modules) / 2;
        int run = -1;
        for (int i = 0; i <= modules; i++) {
            boolean dark = i < modules && matrix.get(i, 0);
            if (dark && run < 0) {
                run = i;
            } else if (!dark && run >= 0) {
                canvas.addRect(left + run * module, y, (i - run) * module, height);
                run = -1;
            }
        }
        canvas.fill();
    }

    private static List<String> addressLines(Address a) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, a.name());
        addIfPresent(lines, a.company());
        addIfPresent(lines, a.line1());
        addIfPresent(lines, a.line2());
        addIfPresent(lines, joinPresent(" ", joinPresent(", ", a.city(), a.state()), a.postalCode()));
        addIfPresent(lines, a.countryCode());
        addIfPresent(lines, a.phone() == null || a.phone().isBlank() ? null : "Tel " + a.phone());
        return lines;
    }

    private static void addIfPresent(List<String> lines, String s) {
        if (s != null && !s.isBlank()) {
            lines.add(s.strip());
        }
    }

    private static String joinPresent(String separator, String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).collect(Collectors.joining(separator));
    }

    private void text(PDPageContentStream canvas, PDFont font, float size, float x, float y, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.newLineAtOffset(x, y);
        canvas.showText(s);
        canvas.endText();
    }

    private static void rule(PDPageContentStream canvas, float y) throws IOException {
        canvas.setLineWidth(0.8f);
        canvas.moveTo(MARGIN, y);
        canvas.lineTo(SIDE - MARGIN, y);
        canvas.stroke();
    }

    /** The text made printable in {@code font}, cut with "..." to fit {@code width}. */
    private String fit(PDFont font, float size, float width, String raw) throws IOException {
        String s = printable(raw, font);
        if (font.getStringWidth(s) / 1000 * size <= width) {
            return s;
        }
        while (!s.isEmpty() && font.getStringWidth(s + "...") / 1000 * size > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "...";
    }

    private String printable(String raw) {
        return printable(raw, bold);
    }

    /** Every character the font can show kept, others stripped of accents or replaced by "?". */
    static String printable(String raw, PDFont font) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> out.append(printableChar(cp, font)));
        return out.toString().strip();
    }

    private static String printableChar(int codePoint, PDFont font) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
            return " ";
        }
        String s = new String(Character.toChars(codePoint));
        if (canShow(font, s)) {
            return s;
        }
        if (codePoint <= Character.MAX_VALUE && PLAIN_LETTERS.containsKey((char) codePoint)) {
            return PLAIN_LETTERS.get((char) codePoint);
        }
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!stripped.isEmpty() && canShow(font, stripped)) {
            return stripped;
        }
        return "?";
    }

    private static boolean canShow(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
