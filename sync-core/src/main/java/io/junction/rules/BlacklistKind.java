package io.junction.rules;

import java.util.Locale;

/** What a blacklist entry names. Stored by name. */
public enum BlacklistKind {
    /** A buyer's name as the platform gives it. */
    BUYER,
    /** A street line (first address line), compared without case and extra spaces. */
    ADDRESS,
    /** An e-mail address; orders carry none of their own, so it is compared with the buyer's name. */
    EMAIL,
    /** A phone number, compared by its digits (an entry of 7 digits or more also matches a number ending in it). */
    PHONE;

    /** The value as stored and compared: capitals, spaces collapsed; a phone's digits only. */
    public String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        if (this == PHONE) {
            return raw.replaceAll("\\D", "");
        }
        return raw.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
