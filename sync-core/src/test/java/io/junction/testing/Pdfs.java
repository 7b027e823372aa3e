package io.junction.testing;

import io.junction.pdf.PdfCaptions;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading the PDFs Junction makes, for tests that check what a person would read on them. */
public final class Pdfs {

    /** Captions that print their message key (and arguments) instead of a language's text: {@code [key [args]]}. */
    public static final PdfCaptions KEY_CAPTIONS =
            (key, args) -> "[" + key + (args.length == 0 ? "" : " " + Arrays.toString(args)) + "]";

    private Pdfs() {}

    /** The text of every page of {@code pdf}, as PDFBox extracts it. */
    public static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
