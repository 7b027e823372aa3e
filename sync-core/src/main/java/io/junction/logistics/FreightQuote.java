package io.junction.logistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/**
 * What a carrier would charge for one of its products: the total freight and its currency and the
 * transit days it promises, or why that product cannot carry this parcel (a refusal is never a zero
 * price).
 *
 * @param serviceCode the carrier's product code (YunExpress' shipping method code, 4PX's product code)
 * @param serviceName the carrier's name for it, null when it gives none
 * @param amount the total freight, null when refused
 * @param currency the currency of {@code amount}, null when refused
 * @param transitDaysMin fewest days in transit the carrier states, null when it states none
 * @param transitDaysMax most days in transit the carrier states (equal to the minimum when it states one
 *     figure), null when it states none
 * @param refusalCode the carrier's code for the refusal (ours when it gives none), null when priced
 * @param refusal the carrier's own words, null when priced
 */
public record FreightQuote(
        String serviceCode,
        String serviceName,
        BigDecimal amount,
        String currency,
        Integer transitDaysMin,
        Integer transitDaysMax,
        String refusalCode,
        String refusal) {

    /** The refusal code of a product the carrier did not price for the parcel (not offered there, or over its limits). */
    public static final String NOT_OFFERED = "NOT_OFFERED";

    /**
     * Priced before refused; prices by currency, then amount (amounts in different currencies are not
     * compared with each other), then fewest days; refusals by product code.
     */
    public static final Comparator<FreightQuote> CHEAPEST_FIRST = Comparator.comparing((FreightQuote q) -> !q.quoted())
            .thenComparing(FreightQuote::currency, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FreightQuote::amount, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FreightQuote::transitDaysMax, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FreightQuote::serviceCode, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Amounts keep at least two decimals and no more than they need, so 101.7 and 101.70 are one price. */
    public FreightQuote {
        if (amount != null) {
            amount = amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
        }
    }

    /** A price. */
    public static FreightQuote priced(
            String serviceCode,
            String serviceName,
            BigDecimal amount,
            String currency,
            Integer transitDaysMin,
            Integer transitDaysMax) {
        return new FreightQuote(serviceCode, serviceName, amount, currency, transitDaysMin, transitDaysMax, null, null);
    }

    /** This product cannot carry the parcel, in the carrier's words. */
    public static FreightQuote refused(String serviceCode, String serviceName, String code, String reason) {
        return new FreightQuote(serviceCode, serviceName, null, null, null, null, code, reason);
    }

    /** True when priced, false when refused. */
    public boolean quoted() {
        return amount != null;
    }
}
