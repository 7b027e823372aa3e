package io.junction.web.order;

import io.junction.channel.Address;
import io.junction.web.api.ApiInputException;
import java.util.Locale;

/**
 * A ship-to address as a person types it (API body and the order page's form alike): blanks are
 * absent, the recipient, first line, city and country are required, the country is a two-letter
 * ISO code, and nothing is longer than its column.
 */
public record ShipToInput(
        String name,
        String company,
        String line1,
        String line2,
        String city,
        String state,
        String postalCode,
        String countryCode,
        String phone) {

    /**
     * The address it stands for.
     *
     * @throws ApiInputException naming the first field at fault
     */
    public Address toAddress() {
        String country = clean("countryCode", countryCode, 2, true);
        if (!country.matches("[A-Za-z]{2}")) {
            throw new ApiInputException("countryCode", "problems.shipTo.country", country);
        }
        return new Address(
                clean("name", name, 255, true),
                clean("company", company, 255, false),
                clean("line1", line1, 255, true),
                clean("line2", line2, 255, false),
                clean("city", city, 128, true),
                clean("state", state, 128, false),
                clean("postalCode", postalCode, 32, false),
                country.toUpperCase(Locale.ROOT),
                clean("phone", phone, 64, false));
    }

    /** The typed text stripped, blank as absent; refused naming {@code field} when required and absent, or too long. */
    static String clean(String field, String value, int max, boolean required) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null && required) {
            throw new ApiInputException(field, "problems.shipTo.required", field);
        }
        if (v != null && v.length() > max) {
            throw new ApiInputException(field, "problems.shipTo.tooLong", field, max);
        }
        return v;
    }
}
