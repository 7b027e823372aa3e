/**
 * Text in any script for every PDF Junction draws: the bundled typefaces (Latin, Greek, Cyrillic,
 * Hebrew, Arabic, Thai, Chinese, Japanese, Korean) in one fallback chain, a line of text cut into
 * runs each drawn with the first typeface that has its glyphs, right-to-left text put in visual order
 * and Arabic letters joined (ICU4J), and the fonts embedded as subsets so a PDF stays small.
 *
 * <p>A renderer makes one {@link io.junction.pdf.PdfText} per document and draws every string through
 * it; nothing else in Junction loads a font.
 */
package io.junction.pdf;
