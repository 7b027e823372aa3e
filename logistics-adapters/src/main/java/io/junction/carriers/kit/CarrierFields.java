package io.junction.carriers.kit;

import io.junction.channel.Address;
import java.util.List;
import java.util.Locale;

/** How every translator fills a carrier's form fields and reads its free-text answers. */
public final class CarrierFields {

    private CarrierFields() {}

    /** Trimmed, or null when blank: carriers want a field left out rather than empty. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** {@code s}, or {@code fallback} when it is blank. */
    public static String orDefault(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    /** Trimmed and upper case (country codes). */
    public static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    /** The street lines as one field, "line 1, line 2". */
    public static String street(Address to) {
        String line1 = blankToNull(to.line1());
        String line2 = blankToNull(to.line2());
        if (line1 == null) {
            return line2;
        }
        return line2 == null ? line1 : line1 + ", " + line2;
    }

    /** True when the carrier's text contains one of the phrases, ignoring case. */
    public static boolean mentionsAny(String text, List<String> phrases) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return phrases.stream().anyMatch(p -> lower.contains(p.toLowerCase(Locale.ROOT)));
    }
}
