package io.junction.web.page;

import io.junction.pdf.PdfCaptions;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The PDFs Junction draws for people: their words in the reader's language (from the message bundles), the
 * reader's time zone, and the answer that shows one in the browser.
 */
@Component
public class Documents {

    private final MessageSource messages;
    private final PageFormat format;

    public Documents(MessageSource messages, PageFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** Captions whose keys are read under {@code prefix} (e.g. {@code picking.}). */
    public PdfCaptions under(String prefix) {
        Locale locale = LocaleContextHolder.getLocale();
        return (key, args) -> messages.getMessage(prefix + key, args, locale);
    }

    /** A PDF shown in the browser (or a new tab) under {@code filename}. */
    public static ResponseEntity<byte[]> inline(byte[] pdf, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(pdf);
    }

    /** The reader's time zone, for the times a document shows. */
    public ZoneId zone() {
        return ZoneId.of(format.zone());
    }
}
