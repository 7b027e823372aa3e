package io.junction.carriers.kit.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address checks carriers make before they book a parcel, for the simulators: the postcode shape
 * of the countries shipped to most, and characters a carrier's systems refuse. Each simulator words
 * the refusal as its carrier does.
 */
public final class AddressRules {

    /** Postcode shapes of the countries we ship to most; other countries' postcodes are not checked. */
    private static final Map<String, Pattern> POSTCODES = Map.of(
            "US", Pattern.compile("\\d{5}(-\\d{4})?"),
            "GB", Pattern.compile("(?i)[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"),
            "DE", Pattern.compile("\\d{5}"),
            "FR", Pattern.compile("\\d{5}"),
            "ES", Pattern.compile("\\d{5}"),
            "IT", Pattern.compile("\\d{5}"),
            "CA", Pattern.compile("(?i)[A-Z]\\d[A-Z] ?\\d[A-Z]\\d"),
            "AU", Pattern.compile("\\d{4}"),
            "JP", Pattern.compile("\\d{3}-?\\d{4}"));

    /** Letters and digits of any script, spaces, and the punctuation addresses use. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\s.,\\-/#&'()+:]*");

    private AddressRules() {}

    /** True when the country's postcodes are checked and this one is required. */
    public static boolean checksPostcode(String country) {
        return country != null && POSTCODES.containsKey(country.toUpperCase(Locale.ROOT));
    }

    /** True when the postcode has the country's shape (any postcode passes for a country not checked). */
    public static boolean postcodeFits(String country, String postcode) {
        Pattern shape = country == null ? null : POSTCODES.get(country.toUpperCase(Locale.ROOT));
        return shape == null
                || (postcode != null && shape.matcher(postcode.trim()).matches());
    }

    /** The first character a carrier refuses in an address field (symbols, emoji, control characters), if any. */
    public static Optional<String> specialCharacter(String field) {
        if (field == null || ALLOWED.matcher(field).matches()) {
            return Optional.empty();
        }
        return field.codePoints()
                .mapToObj(Character::toString)
                .filter(c -> !ALLOWED.matcher(c).matches())
                .findFirst();
    }
}
