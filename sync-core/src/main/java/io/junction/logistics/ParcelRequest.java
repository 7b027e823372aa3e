package io.junction.logistics;

import io.junction.channel.Address;
import java.math.BigDecimal;
import java.util.List;

/**
 * A pre-advice request for one package.
 *
 * @param reference our unique package reference, sent as the carrier's customer order number
 * @param serviceCode the carrier's shipping method code
 */
public record ParcelRequest(
        String reference,
        String serviceCode,
        int weightGrams,
        Address recipient,
        String currency,
        List<CustomsItem> items) {

    public ParcelRequest {
        items = List.copyOf(items);
    }

    /** Customs data of one line, from the warehouse SKU. */
    public record CustomsItem(
            String sku,
            String nameEn,
            String nameCn,
            String hsCode,
            int quantity,
            BigDecimal unitValue,
            int unitWeightGrams) {}
}
