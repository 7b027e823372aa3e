package io.junction.logistics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a carrier is asked to price: where the parcel goes, what it weighs and measures, and what it is
 * worth. Nothing is booked by a quote.
 *
 * @param countryCode the destination's ISO 3166 two-letter code
 * @param postalCode the destination's postcode, null when the address has none
 * @param weightGrams the parcel's weight; positive
 * @param dimensions its size when known, else null
 * @param declaredValue the value declared for customs, null when unknown
 * @param currency the currency of {@code declaredValue}
 * @param serviceCode the carrier's product to price, or null for every product the carrier offers there
 */
public record QuoteRequest(
        String countryCode,
        String postalCode,
        int weightGrams,
        Dimensions dimensions,
        BigDecimal declaredValue,
        String currency,
        String serviceCode) {

    public QuoteRequest {
        Objects.requireNonNull(countryCode, "countryCode");
    }

    /** The same request for one product of the carrier's. */
    public QuoteRequest forService(String code) {
        return new QuoteRequest(countryCode, postalCode, weightGrams, dimensions, declaredValue, currency, code);
    }

    /** A parcel's outer size in whole centimetres. */
    public record Dimensions(int lengthCm, int widthCm, int heightCm) {}
}
