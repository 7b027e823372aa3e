package io.junction.carriers.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import io.junction.channel.Address;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LabelRendererTest {

    private static final String TRACKING = "YT2500000000000001";

    private final LabelRenderer renderer = new LabelRenderer();

    private static LabelContent labelFor(Address recipient) {
        return new LabelContent(TRACKING, "JX-1001", "YunExpress THPHR", recipient, "Junction Demo Shop, Shenzhen");
    }

    private static Address annaInBerlin() {
        return new Address("Anna Maria Schmidt", null, "Invalidenstraße 117", "Hinterhaus", "Berlin", null, "10115", "DE", "+49 30 1234567");
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
        assertThat(text).contains(TRACKING, "JX-1001", "YunExpress THPHR", "Anna Maria Schmidt", "Invalidenstraße 117",
                "Berlin 10115", "DE");
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

    @Test
    void printsNamesItCannotDrawAsPlaceholdersInsteadOfFailing() throws Exception {
        // given
        Address zhang = new Address("张伟", "Łódź Trading Sp. z o.o.", "ul. Piotrkowska 1\n2nd floor", null, "Łódź", null, "90-001", "PL", null);

        // when
        byte[] pdf = renderer.render(labelFor(zhang));

        // then
        String text = textOf(pdf);
        assertThat(text).contains("??", "Lódz Trading", "ul. Piotrkowska 1 2nd floor", TRACKING);
        assertThat(scan(pdf).getText()).isEqualTo(TRACKING);
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
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminance(page)));
            return new MultiFormatReader().decode(bitmap, Map.of(
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE));
        }
    }
}
