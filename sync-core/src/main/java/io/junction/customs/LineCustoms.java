package io.junction.customs;

import java.math.BigDecimal;

/**
 * What one package line declares to customs.
 *
 * @param value the declared value of one unit, in {@code currency}
 * @param weightGrams the weight of one unit
 */
public record LineCustoms(
        long packageLineId,
        long packageId,
        long orderId,
        String sku,
        int quantity,
        String nameEn,
        String nameCn,
        String hsCode,
        BigDecimal value,
        String currency,
        Integer weightGrams) {}
