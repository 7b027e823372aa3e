package io.junction.pdf;

/**
 * The words of a document Junction draws for people (pick lists, slips, manifests) in the reader's language, by
 * key; the web layer answers from its message bundles.
 */
@FunctionalInterface
public interface PdfCaptions {

    String text(String key, Object... args);
}
