package io.junction.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One bundled TrueType font file: its bytes, read once, and the code points it has a glyph for.
 * Shared by every document; {@link PdfText} loads it into a document when a run needs it.
 */
public final class Typeface {

    /**
     * Parsed fonts kept for the next document, at most this many per typeface: a parsed Droid Sans
     * Fallback holds about 11 MB (its character maps), and labels are mostly drawn one batch at a time.
     */
    private static final int KEPT = 2;

    private final String name;
    private final byte[] data;
    private final BitSet coverage;
    /**
     * Parsing a font and reading its character map costs more than drawing a label, so a parsed font
     * serves one document after another; never two at once, as fontbox's fonts are not thread-safe.
     */
    private final Queue<TrueTypeFont> parsed = new ConcurrentLinkedQueue<>();

    private Typeface(String name, byte[] data, BitSet coverage) {
        this.name = name;
        this.data = data;
        this.coverage = coverage;
    }

    /** The font file {@code resource} next to this class; refuses CFF outlines, which PDFBox cannot subset. */
    static Typeface load(String resource) {
        try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the build");
            }
            byte[] data = in.readAllBytes();
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                font.close();
                throw new IllegalStateException("font " + resource + " has CFF outlines; PDFBox embeds only TrueType");
            }
            Typeface face = new Typeface(font.getName(), data, coverage(font));
            face.giveBack(font);
            return face;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read font " + resource, e);
        }
    }

    private static BitSet coverage(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        BitSet covered = new BitSet();
        for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
            List<Integer> codePoints = cmap.getCharCodes(gid);
            if (codePoints != null) {
                codePoints.forEach(covered::set);
            }
        }
        return covered;
    }

    /** The font's PostScript name, e.g. {@code NotoSans-Regular}. */
    public String name() {
        return name;
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    public boolean has(int codePoint) {
        return codePoint >= 0 && coverage.get(codePoint);
    }

    /** The font parsed, for one document alone until {@link #giveBack}. */
    TrueTypeFont borrow() throws IOException {
        TrueTypeFont font = parsed.poll();
        return font != null ? font : new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    /** Takes back a font from {@link #borrow} once its document is saved, or closes it if enough are kept. */
    void giveBack(TrueTypeFont font) {
        if (parsed.size() < KEPT) {
            parsed.offer(font);
        } else {
            try {
                font.close();
            } catch (IOException e) {
                // Nothing to release but memory: the font reads from a byte array.
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
