package io.junction.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Measures, fits and draws text in one document, in any script. A typeface is loaded into the document
 * only when a run needs it, and embedded as a subset of the glyphs drawn (tag {@code ABCDEF+} in its
 * name) when the document is saved. One per document, like the document itself not thread-safe.
 *
 * <p>Close it after the document is saved, before the document is closed (declare it after the
 * document in one try-with-resources): the parsed fonts then serve the next document.
 */
public final class PdfText implements AutoCloseable {

    /** Marks text cut to fit. */
    public static final String CUT = "...";

    /** Bold is the regular face drawn with an outline this wide, in parts of the size: one file per script. */
    private static final float BOLD_OUTLINE = 0.04f;

    /** Longer text is cut before it is measured: no line of a page holds more. */
    private static final int MAX_CHARS = 1_000;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final Map<Typeface, PDType0Font> loaded = new HashMap<>();
    private final Map<Typeface, TrueTypeFont> borrowed = new HashMap<>();

    /** Text in {@code document} with the bundled typefaces. */
    public PdfText(PDDocument document) {
        this(document, PdfFonts.bundled());
    }

    public PdfText(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** How heavy text is drawn. */
    public enum Weight {
        /** The typeface as it is. */
        REGULAR,
        /** The typeface thickened by an outline, for every script alike. */
        BOLD
    }

    /**
     * Text set to fit a width: on one line at {@code size} or smaller, or broken into several lines.
     *
     * @param size the size every line is drawn at
     * @param lines the lines, top to bottom, each in logical order (draw each with {@link #show})
     */
    public record Block(float size, List<String> lines) {}

    /** The width of {@code line} in points at {@code size}. */
    public float width(String line, float size) throws IOException {
        float units = 0;
        for (TextRun run : fonts.runs(clip(line))) {
            units += font(run.typeface()).getStringWidth(run.text());
        }
        return units / 1000 * size;
    }

    /** Draws {@code line} from its left end at {@code x} on the baseline {@code y}. */
    public void show(PDPageContentStream canvas, String line, float x, float y, float size, Weight weight)
            throws IOException {
        List<TextRun> runs = fonts.runs(clip(line));
        if (runs.isEmpty()) {
            return;
        }
        canvas.saveGraphicsState();
        if (weight == Weight.BOLD) {
            canvas.setLineWidth(size * BOLD_OUTLINE);
        }
        canvas.beginText();
        canvas.setRenderingMode(weight == Weight.BOLD ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        canvas.newLineAtOffset(x, y);
        for (TextRun run : runs) {
            canvas.setFont(font(run.typeface()), size);
            canvas.showText(run.text());
        }
        canvas.endText();
        canvas.restoreGraphicsState();
    }

    /** {@code text} on one line of at most {@code width} points at {@code size}, cut with {@value #CUT} if need be. */
    public String fit(String text, float size, float width) throws IOException {
        String line = clip(text).strip();
        if (width(line, size) <= width) {
            return line;
        }
        List<Integer> ends = graphemeEnds(line);
        int low = -1;
        int high = ends.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width(cutAt(line, ends.get(middle)), size) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low < 0 ? CUT : cutAt(line, ends.get(low));
    }

    private static String cutAt(String line, int end) {
        return line.substring(0, end).stripTrailing() + CUT;
    }

    /**
     * {@code text} set in at most {@code width} points: on one line at {@code size} if it fits there, else
     * on one line shrunk as far as {@code minSize}, else broken at the places the script allows (between
     * words, between CJK characters, between Thai words) into at most {@code maxLines} lines at
     * {@code minSize}, the last one cut with {@value #CUT} if the text is longer still.
     */
    public Block fit(String text, float size, float minSize, float width, int maxLines) throws IOException {
        String line = clip(text).strip();
        float natural = width(line, size);
        if (natural <= width) {
            return new Block(size, List.of(line));
        }
        float shrunk = (float) Math.floor(size * width / natural * 10) / 10;
        if (shrunk >= minSize) {
            return new Block(shrunk, List.of(line));
        }
        return new Block(minSize, wrap(line, minSize, width, maxLines));
    }

    private List<String> wrap(String text, float size, float width, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (lines.size() < maxLines - 1 && width(rest, size) > width) {
            int end = longestStart(rest, size, width);
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        lines.add(fit(rest, size, width));
        return lines;
    }

    /** Where the longest first line of {@code text} that fits ends: at a line break, else between characters. */
    private int longestStart(String text, float size, float width) throws IOException {
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
        breaks.setText(text);
        int best = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (width(text.substring(0, end).stripTrailing(), size) > width) {
                break;
            }
            best = end;
        }
        if (best > 0) {
            return best;
        }
        for (int end : graphemeEnds(text)) {
            if (width(text.substring(0, end), size) > width) {
                break;
            }
            best = end;
        }
        return best > 0 ? best : graphemeEnds(text).get(0);
    }

    /** Where each user-perceived character of {@code text} ends: a cut never splits a letter from its marks. */
    private static List<Integer> graphemeEnds(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        characters.setText(text);
        List<Integer> ends = new ArrayList<>();
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            ends.add(end);
        }
        return ends;
    }

    private PDType0Font font(Typeface face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            TrueTypeFont parsed = face.borrow();
            borrowed.put(face, parsed);
            font = PDType0Font.load(document, parsed, true);
            loaded.put(face, font);
        }
        return font;
    }

    /** Hands the parsed fonts on to the next document: only once this document is saved. */
    @Override
    public void close() {
        borrowed.forEach(Typeface::giveBack);
        borrowed.clear();
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= MAX_CHARS
                ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_CHARS));
    }
}
