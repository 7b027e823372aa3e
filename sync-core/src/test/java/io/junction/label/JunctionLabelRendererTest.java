package io.junction.label;

import static io.junction.testing.Pdfs.textOf;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Junction's own label, read back as a carrier's scanner and a customs officer would read it. */
class JunctionLabelRendererTest {

    static final Address SENDER = new Address(
            "Junction Warehouse", null, "1 Warehouse Road", null, "Shenzhen", "Guangdong", "518000", "CN", null);

    static Stream<Arguments> recipients() {
        return Stream.of(
                Arguments.of(
                        "Chinese",
                        new Address("张伟", null, "建国路88号", null, "北京市", "朝阳区", "100022", "CN", "13800000000")),
                Arguments.of(
                        "Cyrillic",
                        new Address(
                                "Иван Петров", null, "ул. Тверская, д. 7", null, "Москва", null, "125009", "RU", null)),
                Arguments.of(
                        "Arabic",
                        new Address(
                                "محمد العتيبي", null, "طريق الملك فهد", null, "الرياض", null, "12271", "SA", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipients")
    void theRecipientReadsBackFromThePdfInItsOwnScript(String script, Address recipient) throws IOException {
        // given
        JunctionLabel label = label(recipient, "JN123456789CN", cn22());

        // when
        String text = textOf(JunctionLabelRenderer.render(List.of(label)));

        // then
        assertThat(text).contains(recipient.name()).contains(recipient.line1()).contains(recipient.city());
    }

    @Test
    void aCrossBorderLabelCarriesTheCn22Block() throws IOException {
        // given
        JunctionLabel label =
                label(recipients().findFirst().map(a -> (Address) a.get()[1]).orElseThrow(), "JN1", cn22());

        // when
        String text = textOf(JunctionLabelRenderer.render(List.of(label)));

        // then
        assertThat(text)
                .contains("CUSTOMS DECLARATION CN 22")
                .contains("Sale of goods")
                .contains("Ceramic mug HS 691200")
                .contains("0.700")
                .contains("9.00")
                .contains("Country of origin: CN")
                .contains("Total weight: 0.900")
                .contains("Total: 14.50")
                .contains("signature");
    }

    @Test
    void aDomesticLabelHasNoCustomsBlockButTheOrderContentsAndWeight() throws IOException {
        // given
        JunctionLabel label = label(
                new Address("Ada Lovelace", null, "1 Main St", null, "Springfield", "IL", "62701", "CN", null),
                "JN2",
                null);

        // when
        String text = textOf(JunctionLabelRenderer.render(List.of(label)));

        // then
        assertThat(text)
                .doesNotContain("CN 22")
                .contains("Order: 113-0000001-0000001")
                .contains("Ref: PKG-1")
                .contains("Weight: 0.950 kg")
                .contains("SKU: JN-MUG-001 ×2, JN-SOCK-005 ×1")
                .contains("FROM: Junction Warehouse");
    }

    @Test
    void theBarcodeDecodesToTheTrackingNumber() throws Exception {
        // given
        JunctionLabel label = label((Address) recipients().toList().get(2).get()[1], "YT2412345678901234", cn22());

        // when
        Result scanned = scan(JunctionLabelRenderer.render(List.of(label)));

        // then
        assertThat(scanned.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
        assertThat(scanned.getText()).isEqualTo("YT2412345678901234");
    }

    @Test
    void eachLabelIsOnePageOf100By100Millimetres() throws IOException {
        // when
        byte[] pdf = JunctionLabelRenderer.render(List.of(label(SENDER, "JN3", null), label(SENDER, "JN4", null)));

        // then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(283.46f, org.assertj.core.data.Offset.offset(0.1f));
        }
    }

    @Test
    void theZplLabelHasTheTrackingBarcodeAndKeepsCommandCharactersOutOfItsFields() {
        // given
        JunctionLabel label = label(
                new Address("Ann ^XZ~Smith", null, "1_Main St", null, "Springfield", null, "62701", "US", null),
                "JN5",
                cn22());

        // when
        String zpl = JunctionLabelZpl.write(List.of(label));

        // then
        assertThat(zpl).startsWith("^XA^CI28").endsWith("^XZ\n");
        assertThat(zpl).contains("^BCN,110,Y,N,N^FDJN5^FS");
        assertThat(zpl).contains("Ann _5EXZ_7ESmith").contains("1_5FMain St");
        assertThat(zpl).contains("CUSTOMS DECLARATION CN 22").contains("Origin: CN");
        assertThat(zpl.split("\\^XZ", -1)).hasSize(2);
    }

    static JunctionLabel label(Address recipient, String tracking, JunctionLabel.Cn22 customs) {
        return new JunctionLabel(
                "Junction Standard",
                SENDER,
                recipient,
                tracking,
                "PKG-1",
                "113-0000001-0000001",
                "JN-MUG-001 ×2, JN-SOCK-005 ×1",
                950,
                customs);
    }

    static JunctionLabel.Cn22 cn22() {
        return new JunctionLabel.Cn22(
                "USD",
                "CN",
                List.of(
                        new JunctionLabel.Cn22.Item("Ceramic mug", 2, 700, new BigDecimal("9.00"), "691200"),
                        new JunctionLabel.Cn22.Item("Cotton socks", 1, 200, new BigDecimal("5.50"), "611595")));
    }

    static Result scan(byte[] pdf) throws Exception {
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
