package io.junction.pdf;

import static io.junction.testing.Pdfs.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.pdf.PdfText.Block;
import io.junction.pdf.PdfText.Weight;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfTextTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("Simplified Chinese", "张伟 北京市朝阳区建国路88号"),
                Arguments.of("Traditional Chinese", "陳美玲 臺北市大安區忠孝東路四段100號"),
                Arguments.of("Japanese", "山田太郎 東京都渋谷区神宮前1-2-3 メゾン渋谷"),
                Arguments.of("Korean", "김민준 서울특별시 강남구 테헤란로 152"),
                Arguments.of("Russian", "Иван Петров, ул. Тверская, д. 7, Москва"),
                Arguments.of("Greek", "Γιώργος Παπαδόπουλος, Οδός Ερμού 25, Αθήνα"),
                Arguments.of("Hebrew", "נועה כהן, רחוב דיזנגוף 50, תל אביב"),
                Arguments.of("Arabic", "محمد العتيبي، طريق الملك فهد، الرياض"),
                Arguments.of("Thai", "สมชาย ใจดี ถนนสุขุมวิท กรุงเทพมหานคร"),
                Arguments.of("Latin with accents", "Łucja Żółć, Rue de l'Église 3, Ærøskøbing, Ồ ő ß"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void readsBackFromThePdfAsTyped(String script, String line) throws IOException {
        // when
        byte[] pdf = draw(List.of(line), Weight.REGULAR);

        // then PDFBox's text extraction gives back the logical text: it puts right-to-left runs back
        // into reading order and folds Arabic presentation forms back into letters (NFKC)
        assertThat(textOf(pdf).strip()).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void readsBackFromThePdfAsTypedInBoldToo(String script, String line) throws IOException {
        // when
        byte[] pdf = draw(List.of(line), Weight.BOLD);

        // then
        assertThat(textOf(pdf).strip()).isEqualTo(line);
    }

    @Test
    void embedsEachTypefaceItDrawsWithAsASubsetAndNoOther() throws IOException {
        // when
        byte[] pdf = draw(List.of("Anna 张伟"), Weight.REGULAR);

        // then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fontsOf(document);
            assertThat(fonts)
                    .extracting(PDFont::getName)
                    .hasSize(2)
                    .allMatch(name -> name.matches("[A-Z]{6}\\+.+"))
                    .anyMatch(name -> name.endsWith("+NotoSans-Regular"))
                    .anyMatch(name -> name.endsWith("+DroidSansFallback"));
            assertThat(fonts).allMatch(PDFont::isEmbedded);
        }
        System.out.printf("PDF with one line of Latin and Chinese: %,d bytes%n", pdf.length);
        assertThat(pdf.length).isLessThan(20_000);
    }

    @Test
    void fitKeepsALineThatFits() throws IOException {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            // when
            Block block = text.fit("张伟", 10, 8, 200, 2);

            // then
            assertThat(block).isEqualTo(new Block(10, List.of("张伟")));
        }
    }

    @Test
    void fitShrinksALineALittleTooLong() throws IOException {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            // given
            String line = "北京市朝阳区建国路88号";
            float width = text.width(line, 10) * 0.9f;

            // when
            Block block = text.fit(line, 10, 8, width, 2);

            // then
            assertThat(block.lines()).containsExactly(line);
            assertThat(block.size()).isBetween(8f, 9f);
            assertThat(text.width(line, block.size())).isLessThanOrEqualTo(width);
        }
    }

    @Test
    void fitBreaksChineseBetweenCharactersAndLatinBetweenWords() throws IOException {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            // given

            // when
            Block chinese = text.fit("北京市朝阳区建国路八十八号现代城三号楼", 10, 8, 80, 3);
            Block latin = text.fit("Calle de Alcalá 52 cuarto piso B", 10, 8, 80, 3);

            // then
            assertThat(String.join("", chinese.lines())).isEqualTo("北京市朝阳区建国路八十八号现代城三号楼");
            assertThat(chinese.lines()).hasSizeGreaterThan(1);
            assertThat(String.join(" ", latin.lines())).isEqualTo("Calle de Alcalá 52 cuarto piso B");
            assertThat(latin.lines()).hasSizeGreaterThan(1).allMatch(l -> !l.startsWith(" ") && !l.endsWith(" "));
            for (Block block : List.of(chinese, latin)) {
                assertThat(block.size()).isEqualTo(8);
                for (String line : block.lines()) {
                    assertThat(text.width(line, 8)).isLessThanOrEqualTo(80);
                }
            }
        }
    }

    @Test
    void fitBreaksThaiBetweenWordsThoughItWritesNoSpaces() throws IOException {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            // when
            Block block = text.fit("กรุงเทพมหานครถนนสุขุมวิท", 10, 8, 60, 3);

            // then the break falls between two words (Bangkok, Sukhumvit Road), found by ICU's Thai dictionary
            assertThat(block.lines()).containsExactly("กรุงเทพมหานคร", "ถนนสุขุมวิท");
        }
    }

    @Test
    void fitCutsWhatTheLastLineCannotHold() throws IOException {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            // given
            String street = "Very ".repeat(40) + "Long Street 1";

            // when
            Block block = text.fit(street, 10, 8, 100, 2);

            // then
            assertThat(block.lines()).hasSize(2);
            assertThat(block.lines().get(1)).endsWith(PdfText.CUT);
            assertThat(text.width(block.lines().get(1), 8)).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void cuttingNeverSplitsALetterFromItsMarks() throws IOException {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            // given Thai, whose vowels and tone marks sit above and below their consonant
            String line = "ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่";

            // when
            String cut = text.fit(line, 10, 20);

            // then
            assertThat(cut).endsWith(PdfText.CUT);
            assertThat(cut.substring(0, cut.length() - PdfText.CUT.length()).length() % 3)
                    .isZero();
        }
    }

    private static byte[] draw(List<String> lines, Weight weight) throws IOException {
        try (PDDocument document = new PDDocument();
                PdfText text = new PdfText(document)) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
                float y = 800;
                for (String line : lines) {
                    text.show(canvas, line, 40, y, 12, weight);
                    y -= 20;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<PDFont> fontsOf(PDDocument document) throws IOException {
        PDResources resources = document.getPage(0).getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
