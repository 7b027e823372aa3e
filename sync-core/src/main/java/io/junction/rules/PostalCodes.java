package io.junction.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The postal-code formats of the 30 destinations cross-border sellers ship to most, as their posts publish
 * them; a code is compared in capitals with its surrounding spaces removed. A country not listed is not
 * checked (its codes may be optional, or it has none).
 */
public final class PostalCodes {

    /** A format and how a person is told it. */
    public record Format(Pattern pattern, String example) {}

    private static final Map<String, Format> FORMATS = Map.ofEntries(
            entry("US", "\\d{5}(-\\d{4})?", "12345 or 12345-6789"),
            entry("GB", "[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}", "SW1A 1AA"),
            entry("DE", "\\d{5}", "10115"),
            entry("FR", "\\d{5}", "75001"),
            entry("IT", "\\d{5}", "00184"),
            entry("ES", "\\d{5}", "28001"),
            entry("CA", "[A-Z]\\d[A-Z] ?\\d[A-Z]\\d", "K1A 0B1"),
            entry("AU", "\\d{4}", "2000"),
            entry("JP", "\\d{3}-?\\d{4}", "100-0001"),
            entry("NL", "\\d{4} ?[A-Z]{2}", "1012 AB"),
            entry("BR", "\\d{5}-?\\d{3}", "01310-100"),
            entry("MX", "\\d{5}", "06000"),
            entry("RU", "\\d{6}", "101000"),
            entry("PL", "\\d{2}-?\\d{3}", "00-001"),
            entry("SE", "\\d{3} ?\\d{2}", "111 22"),
            entry("BE", "\\d{4}", "1000"),
            entry("CH", "\\d{4}", "8001"),
            entry("AT", "\\d{4}", "1010"),
            entry("KR", "\\d{5}", "03187"),
            entry("IL", "\\d{5}(\\d{2})?", "6100000"),
            entry("SA", "\\d{5}(-\\d{4})?", "11564"),
            entry("NZ", "\\d{4}", "6011"),
            entry("IE", "[A-Z]\\d[\\dW] ?[A-Z\\d]{4}", "D02 X285"),
            entry("PT", "\\d{4}-\\d{3}", "1000-001"),
            entry("DK", "\\d{4}", "1050"),
            entry("NO", "\\d{4}", "0150"),
            entry("FI", "\\d{5}", "00100"),
            entry("CZ", "\\d{3} ?\\d{2}", "110 00"),
            entry("SG", "\\d{6}", "018956"),
            entry("MY", "\\d{5}", "50088"));

    private PostalCodes() {}

    private static Map.Entry<String, Format> entry(String country, String regex, String example) {
        return Map.entry(country, new Format(Pattern.compile(regex), example));
    }

    /** The format of the country's codes, empty when it is not checked. */
    public static Optional<Format> of(String country) {
        return country == null ? Optional.empty() : Optional.ofNullable(FORMATS.get(country.toUpperCase(Locale.ROOT)));
    }

    /** How many countries are checked. */
    static int countries() {
        return FORMATS.size();
    }

    /** Whether {@code code} fits the country's format; true for a country not checked. */
    public static boolean fits(String country, String code) {
        return of(country)
                .map(f -> code != null
                        && f.pattern()
                                .matcher(code.strip().toUpperCase(Locale.ROOT))
                                .matches())
                .orElse(true);
    }
}
