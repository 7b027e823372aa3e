package io.junction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    private final PdfFonts fonts = PdfFonts.bundled();

    @Test
    void bundlesATypefaceForEveryScriptInTheirFallbackOrder() {
        // when
        List<String> names = fonts.typefaces().stream().map(Typeface::name).toList();

        // then
        assertThat(names)
                .containsExactly(
                        "NotoSans-Regular",
                        "NotoSansHebrew-Regular",
                        "NotoSansArabic-Regular",
                        "NotoSansThai-Regular",
                        "DroidSansFallback");
    }

    @Test
    void drawsEachRunWithTheFirstTypefaceThatHasItsGlyphs() {
        // when
        List<TextRun> runs = fonts.runs("张伟 Ivan Иван Γιώργος สมชาย 김민준 やまだ");

        // then a space stays in the run before it, whose typeface has one
        assertThat(runs)
                .extracting(run -> run.typeface().name())
                .containsExactly("DroidSansFallback", "NotoSans-Regular", "NotoSansThai-Regular", "DroidSansFallback");
        assertThat(text(runs)).isEqualTo("张伟 Ivan Иван Γιώργος สมชาย 김민준 やまだ");
        runs.forEach(run -> assertThat(run.text().codePoints())
                .allMatch(cp -> run.typeface().has(cp)));
    }

    @Test
    void takesDigitsTheCjkTypefaceLacksFromTheLatinOne() {
        // when
        List<TextRun> runs = fonts.runs("建国路88号");

        // then
        assertThat(runs).extracting(TextRun::text).containsExactly("建国路", "88", "号");
        assertThat(runs)
                .extracting(run -> run.typeface().name())
                .containsExactly("DroidSansFallback", "NotoSans-Regular", "DroidSansFallback");
    }

    @Test
    void putsHebrewIntoTheOrderItIsDrawnInLeftToRight() {
        // when
        List<TextRun> runs = fonts.runs("רחוב דיזנגוף 50");

        // then the number, a left-to-right run, keeps its own order at the left end
        assertThat(text(runs)).isEqualTo("50 ףוגנזיד בוחר");
    }

    @Test
    void joinsArabicLettersAndPutsThemRightToLeft() {
        // given
        String logical = "طريق السلام";

        // when
        String drawn = text(fonts.runs(logical));

        // then every letter is in its joined (presentation) form, lam-alef as one ligature
        assertThat(drawn.replace(" ", "").codePoints()).allMatch(cp -> cp >= 0xFB50 && cp <= 0xFEFF);
        assertThat(drawn).contains("\uFEFC").hasSize(logical.length() - 1);
        // and the presentation forms, read right to left, are the letters typed
        String readBack =
                Normalizer.normalize(new StringBuilder(drawn).reverse().toString(), Normalizer.Form.NFKC);
        assertThat(readBack).isEqualTo(logical);
    }

    @Test
    void turnsLineBreaksAndTabsIntoSpaces() {
        // when
        List<TextRun> runs = fonts.runs("ul. Piotrkowska 1\n2nd floor\tleft");

        // then
        assertThat(text(runs)).isEqualTo("ul. Piotrkowska 1 2nd floor left");
    }

    @Test
    void drawsCharactersNoTypefaceHasAsPlaceholders() {
        // when an emoji and a script no bundled font covers (Devanagari)
        List<TextRun> runs = fonts.runs("Anna 🙂 राज");

        // then
        assertThat(text(runs)).isEqualTo("Anna ? ???");
    }

    @Test
    void drawsADecomposedAccentAsTheComposedLetter() {
        // when "é" typed as e + combining acute
        List<TextRun> runs = fonts.runs("Cafe\u0301");

        // then
        assertThat(text(runs)).isEqualTo("Café");
    }

    @Test
    void drawsNothingForNoText() {
        assertThat(fonts.runs(null)).isEmpty();
        assertThat(fonts.runs("")).isEmpty();
    }

    private static String text(List<TextRun> runs) {
        return runs.stream().map(TextRun::text).collect(Collectors.joining());
    }
}
