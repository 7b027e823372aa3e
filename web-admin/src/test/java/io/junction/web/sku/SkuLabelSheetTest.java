package io.junction.web.sku;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.sku.CatalogueSku;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SkuLabelSheetTest {

    @Test
    void eachSkuGetsItsCopiesOnA4SheetsOf24WithItsCodeNameAndBarcode() throws IOException {
        // given two SKUs, one with barcodes and one without
        CatalogueSku mug = sku("MUG-01", "白色陶瓷杯", List.of("6901234567892", "OWN-1"));
        CatalogueSku plate = sku("PLATE-02", "Plate", List.of());

        // when 13 labels of each are printed
        byte[] pdf = SkuLabelSheet.render(List.of(mug, plate), 13);

        // then 26 labels take two pages, the first barcode (or the code) under each
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("MUG-01", "白色陶瓷杯", "6901234567892", "PLATE-02")
                    .doesNotContain("OWN-1");
            assertThat(count(text, "6901234567892")).isEqualTo(13);
        }
        assertThat(SkuLabelSheet.barcodeOf(plate)).isEqualTo("PLATE-02");
    }

    private static int count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    private static CatalogueSku sku(String code, String name, List<String> barcodes) {
        return new CatalogueSku(
                1, code, name, null, barcodes, 100, null, null, null, null, null, null, null, null, false, false, false,
                null, null, 0, true, 0, 0, 0);
    }
}
