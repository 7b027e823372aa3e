package io.junction.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Barcodes drawn as vector bars, sharp at any printer resolution: carrier labels and SKU labels alike. */
public final class PdfBarcode {

    private PdfBarcode() {}

    /**
     * Code 128 from ZXing, each run of dark modules one filled rectangle, centred in the box, with a quiet
     * zone of ten modules either side.
     *
     * @param maxModule the widest a module (the narrowest bar) may be, in points
     */
    public static void code128(
            PDPageContentStream canvas, String value, float x, float y, float width, float height, float maxModule)
            throws IOException {
        BitMatrix matrix =
                new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, 1, Map.of(EncodeHintType.MARGIN, 10));
        int modules = matrix.getWidth();
        float module = Math.min(maxModule, width / modules);
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
}
