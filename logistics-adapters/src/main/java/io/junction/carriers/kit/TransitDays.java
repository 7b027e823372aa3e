package io.junction.carriers.kit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Transit days as carriers word them in a price answer: "7-15", "7~15", "7至15天", "10", "10天". */
public final class TransitDays {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,3})\\s*(?:[-~–至到]\\s*(\\d{1,3}))?\\s*\\D*");

    private TransitDays() {}

    /** {@code [min, max]} (one figure gives both), or null when the text holds no days. */
    public static int[] parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        return min <= max ? new int[] {min, max} : new int[] {max, min};
    }
}
