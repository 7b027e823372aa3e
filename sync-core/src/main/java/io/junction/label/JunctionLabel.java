package io.junction.label;

import io.junction.channel.Address;
import java.math.BigDecimal;
import java.util.List;

/**
 * What Junction's own label shows: everything a carrier's sorting belt and a customs officer need.
 *
 * @param methodName the logistics method, printed at the top
 * @param reference our package number
 * @param skuSummary what is in the parcel, e.g. {@code JN-MUG-001 ×2, JN-SOCK-005 ×1}
 * @param customs the CN22 block of a cross-border parcel; null for a domestic one
 */
public record JunctionLabel(
        String methodName,
        Address sender,
        Address recipient,
        String trackingNumber,
        String reference,
        String platformOrderId,
        String skuSummary,
        int weightGrams,
        Cn22 customs) {

    /**
     * The CN22 customs declaration (UPU form for items up to 2 kg / 300 SDR): what is inside, its weight
     * and value, tariff number and origin, marked as a sale of goods.
     */
    public record Cn22(String currency, String originCountry, List<Item> items) {

        public Cn22 {
            items = List.copyOf(items);
        }

        public int totalWeightGrams() {
            return items.stream().mapToInt(Item::weightGrams).sum();
        }

        public BigDecimal totalValue() {
            return items.stream().map(Item::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /**
         * One kind of content.
         *
         * @param weightGrams the weight of all units of it
         * @param value the value of all units of it, in {@link Cn22#currency()}
         */
        public record Item(String description, int quantity, int weightGrams, BigDecimal value, String hsCode) {}
    }
}
