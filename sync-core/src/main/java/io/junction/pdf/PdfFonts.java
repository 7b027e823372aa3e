package io.junction.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/**
 * The typefaces Junction's PDFs draw text with, in the order a character looks for its glyph, and
 * the rule that cuts a line into {@link TextRun}s. Immutable and shared: the font files are read once.
 *
 * <p>Arabic letters take their joined forms with ICU4J's {@link ArabicShaping} (PDFBox draws one glyph
 * per character and applies no font shaping), and ICU4J's {@link Bidi} puts right-to-left text
 * (Hebrew, Arabic) into the left-to-right order a PDF draws in, with mirrored brackets.
 */
public final class PdfFonts {

    /** Latin, Greek and Cyrillic first: digits and punctuation of every script come from it too. */
    private static final List<String> BUNDLED = List.of(
            "fonts/NotoSans-Regular.ttf",
            "fonts/NotoSansHebrew-Regular.ttf",
            "fonts/NotoSansArabic-Regular.ttf",
            "fonts/NotoSansThai-Regular.ttf",
            "fonts/DroidSansFallback.ttf");

    /** What a character no typeface has is drawn as. */
    static final String MISSING = "?";

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private final List<Typeface> chain;

    PdfFonts(List<Typeface> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one typeface");
        }
        this.chain = List.copyOf(chain);
    }

    /** The typefaces bundled with Junction, read on first use. */
    public static PdfFonts bundled() {
        return Bundled.FONTS;
    }

    /** The typefaces in the order a character looks for its glyph. */
    public List<Typeface> typefaces() {
        return chain;
    }

    /**
     * {@code line} (one line, in logical order, as typed) as drawn from left to right: in runs each of
     * one typeface, the first of the chain that has the run's glyphs. Spaces, digits, punctuation and
     * combining marks stay in the run they are in when its typeface has them. Line breaks and other
     * control characters become spaces; invisible format characters go; a character no typeface has
     * loses its accent or, failing that, becomes {@value #MISSING}. A label never fails because of a name.
     */
    public List<TextRun> runs(String line) {
        if (line == null || line.isEmpty()) {
            return List.of();
        }
        String visual = visualOrder(NFC.normalize(spacesForControls(line)));
        List<TextRun> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Typeface current = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            for (int drawn : drawable(cp).codePoints().toArray()) {
                boolean stays = current != null && current.has(drawn) && sharedByScripts(drawn);
                Typeface face = stays ? current : first(drawn);
                if (face != current && text.length() > 0) {
                    runs.add(new TextRun(text.toString(), current));
                    text.setLength(0);
                }
                current = face;
                text.appendCodePoint(drawn);
            }
        }
        if (text.length() > 0) {
            runs.add(new TextRun(text.toString(), current));
        }
        return runs;
    }

    /** The code point itself when a typeface has it; else nothing, its unaccented letters, or the placeholder. */
    private String drawable(int cp) {
        if (first(cp) != null) {
            return Character.toString(cp);
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR)) {
            return "";
        }
        String base = NFD.normalize(Character.toString(cp)).replaceAll("\\p{M}+", "");
        if (!base.isEmpty() && base.codePoints().allMatch(c -> first(c) != null)) {
            return base;
        }
        return first(MISSING.codePointAt(0)) != null ? MISSING : "";
    }

    private Typeface first(int cp) {
        for (Typeface face : chain) {
            if (face.has(cp)) {
                return face;
            }
        }
        return null;
    }

    /** Characters of no one script (spaces, digits, punctuation) and combining marks, which belong to their letter. */
    private static boolean sharedByScripts(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.COMMON || script == UScript.INHERITED;
    }

    private static String spacesForControls(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .forEach(
                        cp -> out.appendCodePoint(Character.isISOControl(cp) || Character.isWhitespace(cp) ? ' ' : cp));
        return out.toString();
    }

    /** Arabic letters in their joined forms, then the line in the order it is drawn in, left to right. */
    private static String visualOrder(String logical) {
        String shaped = logical;
        if (logical.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.ARABIC)) {
            try {
                shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                                | ArabicShaping.LENGTH_GROW_SHRINK
                                | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                        .shape(logical);
            } catch (ArabicShapingException e) {
                // Unjoined letters are still legible: draw them as they are.
                shaped = logical;
            }
        }
        Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
        if (bidi.isLeftToRight()) {
            return shaped;
        }
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** Read on first use, not at class loading: 4 MB of font files. */
    private static final class Bundled {
        static final PdfFonts FONTS =
                new PdfFonts(BUNDLED.stream().map(Typeface::load).toList());
    }
}
