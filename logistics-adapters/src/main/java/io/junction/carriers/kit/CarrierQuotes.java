package io.junction.carriers.kit;

import io.junction.logistics.FreightQuote;
import io.junction.logistics.QuoteRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every carrier's price answer comes to: quotes with their transit days, a named product never missing. */
public final class CarrierQuotes {

    private static final Pattern DAYS = Pattern.compile("\\s*(\\d{1,3})\\s*(?:[-~–至到]\\s*(\\d{1,3}))?\\s*\\D*");

    private CarrierQuotes() {}

    /** A price whose transit days are worded as carriers word them: "7-15", "7~15", "7至15天", "10", "10天". */
    public static FreightQuote priced(String code, String name, BigDecimal amount, String currency, String days) {
        Matcher m = days == null ? null : DAYS.matcher(days);
        if (m == null || !m.matches()) {
            return FreightQuote.priced(code, name, amount, currency, null, null);
        }
        int first = Integer.parseInt(m.group(1));
        int second = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return FreightQuote.priced(code, name, amount, currency, Math.min(first, second), Math.max(first, second));
    }

    /**
     * The quotes cheapest first; when the request named a product the answer did not price, that product
     * refused as {@link FreightQuote#NOT_OFFERED} ("{carrier} offers no price for {code} to {country} at
     * {weight}") rather than left out.
     */
    public static List<FreightQuote> cheapestFirst(
            QuoteRequest request, List<FreightQuote> quotes, String carrier, String weight) {
        List<FreightQuote> all = new ArrayList<>(quotes);
        if (request.serviceCode() != null && all.isEmpty()) {
            all.add(FreightQuote.refused(
                    request.serviceCode(),
                    null,
                    FreightQuote.NOT_OFFERED,
                    carrier + " offers no price for " + request.serviceCode() + " to "
                            + CarrierFields.upper(request.countryCode()) + " at " + weight));
        }
        all.sort(FreightQuote.CHEAPEST_FIRST);
        return List.copyOf(all);
    }
}
