package io.junction.simulator.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import io.junction.channel.Address;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelRendererTest {

    private static final String TRACKING = "YT2500000000000001";

    private static final LabelCaptions CAPTIONS = new LabelCaptions("SHIP TO", "From:", "Ref:", "Tel");

    private final LabelRenderer renderer = new LabelRenderer(CAPTIONS);

    private static LabelContent labelFor(Address recipient) {
        return new LabelContent(TRACKING, "JX-1001", "YunExpress THPHR", recipient, "Junction Demo Shop, Shenzhen");
    }

    private static Address annaInBerlin() {
        return new Address(
                "Anna Maria Schmidt",
                null,
                "Invalidenstraße 117",
                "Hinterhaus",
                "Berlin",
                null,
                "10115",
                "DE",
                "+49 30 1234567");
    }

    @Test
    void rendersOneSquarePageOfOneHundredMillimetres() throws IOException {
        // when
        byte[] pdf = renderer.render(labelFor(annaInBerlin()));

        // then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(283.46f, within(0.01f));
            assertThat(box.getHeight()).isCloseTo(283.46f, within(0.01f));
        }
    }

    @Test
    void printsTheTrackingNumberReferenceServiceAndAddress() throws IOException {
        // when
        byte[] pdf = renderer.render(labelFor(annaInBerlin()));

        // then
        String text = textOf(pdf);
        assertThat(text)
                .contains(
                        TRACKING,
                        "JX-1001",
                        "YunExpress THPHR",
                        "Anna Maria Schmidt",
                        "Invalidenstraße 117",
                        "Berlin 10115",
                        "DE");
    }

    @Test
    void drawsABarcodeThatScansBackToTheTrackingNumber() throws Exception {
        // given
        byte[] pdf = renderer.render(labelFor(annaInBerlin()));

        // when
        Result scanned = scan(pdf);

        // then
        assertThat(scanned.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
        assertThat(scanned.getText()).isEqualTo(TRACKING);
    }

    static Stream<Arguments> recipientsInEveryScript() {
        return Stream.of(
                Arguments.of(
                        "Simplified Chinese",
                        new Address(
                                "张伟",
                                null,
                                "朝阳区建国路88号SOHO现代城3号楼1201室",
                                null,
                                "北京市",
                                "北京",
                                "100022",
                                "CN",
                                "13800138000")),
                Arguments.of(
                        "Traditional Chinese",
                        new Address("陳美玲", null, "忠孝東路四段100號", "5樓之2", "臺北市", "大安區", "106", "TW", "0912345678")),
                Arguments.of(
                        "Japanese",
                        new Address(
                                "山田太郎",
                                "株式会社ジャンクション",
                                "神宮前1-2-3 メゾン渋谷401号室",
                                null,
                                "渋谷区",
                                "東京都",
                                "150-0001",
                                "JP",
                                null)),
                Arguments.of(
                        "Korean",
                        new Address("김민준", null, "테헤란로 152", "강남파이낸스센터 10층", "강남구", "서울특별시", "06236", "KR", null)),
                Arguments.of(
                        "Russian",
                        new Address(
                                "Иван Петров",
                                null,
                                "ул. Тверская, д. 7",
                                "кв. 15",
                                "Москва",
                                "Московская область",
                                "125009",
                                "RU",
                                null)),
                Arguments.of(
                        "Greek",
                        new Address(
                                "Γιώργος Παπαδόπουλος",
                                null,
                                "Οδός Ερμού 25",
                                null,
                                "Αθήνα",
                                null,
                                "105 63",
                                "GR",
                                null)),
                Arguments.of(
                        "Hebrew",
                        new Address(
                                "נועה כהן",
                                null,
                                "רחוב דיזנגוף 50",
                                null,
                                "תל אביב-יפו",
                                "מחוז תל אביב",
                                "6433222",
                                "IL",
                                null)),
                Arguments.of(
                        "Arabic",
                        new Address(
                                "محمد العتيبي",
                                null,
                                "طريق الملك فهد",
                                "مبنى 12",
                                "الرياض",
                                null,
                                "12271",
                                "SA",
                                null)),
                Arguments.of(
                        "Thai",
                        new Address(
                                "สมชาย ใจดี",
                                null,
                                "ถนนสุขุมวิท 123",
                                null,
                                "กรุงเทพมหานคร",
                                null,
                                "10110",
                                "TH",
                                null)),
                Arguments.of(
                        "Latin with accents",
                        new Address(
                                "Łucja Żółć",
                                "Ærø Handel ApS",
                                "Rue de l'Église 3",
                                null,
                                "Łódź",
                                null,
                                "90-001",
                                "PL",
                                "+48 42 123 45 67")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipientsInEveryScript")
    void printsTheRecipientInItsOwnScript(String script, Address recipient) throws Exception {
        // when
        byte[] pdf = renderer.render(labelFor(recipient));

        // then every field reads back from the PDF as typed: PDFBox's text extraction puts right-to-left
        // runs back into reading order and folds Arabic's joined forms back into letters (NFKC)
        String text = textOf(pdf);
        List<String> typed = Stream.of(
                        recipient.name(),
                        recipient.company(),
                        recipient.line1(),
                        recipient.line2(),
                        recipient.city(),
                        recipient.state(),
                        recipient.postalCode())
                .filter(Objects::nonNull)
                .toList();
        assertThat(text).contains(typed).doesNotContain("?");
        assertThat(scan(pdf).getText()).isEqualTo(TRACKING);
        System.out.printf("label for a recipient in %s: %,d bytes%n", script, pdf.length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipientsInEveryScript")
    void embedsEveryFontItUsesAsASmallSubset(String script, Address recipient) throws IOException {
        // when
        byte[] pdf = renderer.render(labelFor(recipient));

        // then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allMatch(PDFont::isEmbedded)
                    .allMatch(font -> font.getName().matches("[A-Z]{6}\\+.+"), "named as a subset (ABCDEF+Name)");
        }
        assertThat(pdf.length).as("bytes").isLessThan(30_000);
    }

    @Test
    void rendersLabelsOnSeveralThreadsAtOnce() throws Exception {
        // given labels in every script, each drawn eight times
        List<Address> recipients =
                recipientsInEveryScript().map(a -> (Address) a.get()[1]).toList();
        List<Callable<String>> renders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            for (Address recipient : recipients) {
                renders.add(() -> textOf(renderer.render(labelFor(recipient))));
            }
        }

        // when four threads render them at once (parsed fonts pass from one document to the next)
        List<Future<String>> texts;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            texts = threads.invokeAll(renders);
        } finally {
            threads.shutdown();
        }

        // then each reads back its own recipient
        for (int i = 0; i < renders.size(); i++) {
            Address recipient = recipients.get(i % recipients.size());
            assertThat(texts.get(i).get()).contains(recipient.name(), recipient.line1());
        }
    }

    @Test
    void printsCharactersNoBundledFontHasAsPlaceholdersInsteadOfFailing() throws Exception {
        // given an emoji and a script no bundled font covers (Devanagari)
        Address raj = new Address(
                "Raj 🙂 राज", null, "ul. Piotrkowska 1\n2nd floor", null, "Łódź", null, "90-001", "PL", null);

        // when
        byte[] pdf = renderer.render(labelFor(raj));

        // then
        String text = textOf(pdf);
        assertThat(text).contains("Raj ? ???", "ul. Piotrkowska 1 2nd floor", "Łódź 90-001", TRACKING);
        assertThat(scan(pdf).getText()).isEqualTo(TRACKING);
    }

    @Test
    void breaksALongAddressLineOntoASecondLineInsteadOfCuttingIt() throws Exception {
        // given a street too long for one line even when shrunk
        String street = "朝阳区建国路八十八号现代城三号楼一单元一千二百零一室靠近地铁站东南出口旁边的便利店";
        Address zhang = new Address("张伟", null, street, null, "北京市", null, "100022", "CN", "13800138000");

        // when
        byte[] pdf = renderer.render(labelFor(zhang));

        // then all of it is printed, on two lines, and the rest of the label is still there
        String text = textOf(pdf);
        assertThat(text.replace("\n", "")).contains(street);
        assertThat(text).doesNotContain(street).doesNotContain("...");
        assertThat(text).contains("北京市 100022", "Tel 13800138000", TRACKING);
        assertThat(scan(pdf).getText()).isEqualTo(TRACKING);
    }

    @Test
    void printsTheCaptionsItIsGiven() throws IOException {
        // given
        LabelRenderer chinese = new LabelRenderer(new LabelCaptions("收件人", "寄件人：", "参考号：", "电话："));

        // when
        String text = textOf(chinese.render(labelFor(annaInBerlin())));

        // then
        assertThat(text)
                .contains("收件人", "寄件人： Junction Demo Shop", "参考号： JX-1001", "电话： +49 30 1234567")
                .doesNotContain("SHIP TO", "From:", "Ref:", "Tel");
    }

    @Test
    void cutsLinesTooLongForTheLabel() throws IOException {
        // given
        String longStreet = "Very ".repeat(40) + "Long Street 1";
        Address longOne = new Address("Anna Schmidt", null, longStreet, null, "Berlin", null, "10115", "DE", null);

        // when
        String text = textOf(renderer.render(labelFor(longOne)));

        // then
        assertThat(text).contains("Very Very").contains("...").doesNotContain("Long Street 1");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Result scan(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            return new MultiFormatReader()
                    .decode(
                            bitmap,
                            Map.of(
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.CODE_128),
                                    DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE));
        }
    }
}
