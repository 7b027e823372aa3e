package io.junction.logistics;

import java.math.BigDecimal;

/**
 * What one logistics method would cost for one order: its carrier's price for the method's product, or the
 * reason there is none (never a zero price).
 *
 * @param handoverHours the method's lead time to hand a parcel to its carrier, null when not set
 * @param amount the total freight, null when not quoted
 * @param reasonCode why not quoted: the carrier's own code, or ours ({@link FreightQuoteService#NO_WEIGHT},
 *     {@link FreightQuoteService#NO_ANSWER}, {@link FreightQuote#NOT_OFFERED}); null when quoted
 * @param reason why not quoted, in the carrier's words where it gave some; null when quoted
 */
public record MethodQuote(
        long methodId,
        String methodCode,
        String methodName,
        String carrier,
        Integer handoverHours,
        BigDecimal amount,
        String currency,
        Integer transitDaysMin,
        Integer transitDaysMax,
        String reasonCode,
        String reason) {

    /** True when the carrier priced the method. */
    public boolean quoted() {
        return amount != null;
    }

    /** The price as people read it: "50.50 CNY". */
    public String price() {
        return quoted() ? amount.toPlainString() + " " + currency : null;
    }
}
