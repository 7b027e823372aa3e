package io.junction.money;

import java.util.Currency;

/** The currency codes Junction accepts: ISO 4217 codes that Java knows (CNY, USD, EUR, …), written in capitals. */
public final class CurrencyCode {

    private CurrencyCode() {}

    /** Whether {@code code} is such a code; a lower-case or unknown code is not. */
    public static boolean isKnown(String code) {
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
