package io.junction.pdf;

/**
 * Part of a line as drawn, left to right: characters in visual order (right-to-left text already
 * reversed, Arabic letters already in their joined forms), all of them in {@code typeface}.
 */
public record TextRun(String text, Typeface typeface) {}
