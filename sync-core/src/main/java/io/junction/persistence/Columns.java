package io.junction.persistence;

/** What a text column holds. */
public final class Columns {

    private Columns() {}

    /**
     * A text as a column of {@code max} characters keeps it: whole when it fits, otherwise cut with
     * an ellipsis. A platform's or a carrier's message may be longer than any column we give it.
     */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
