package io.junction.order;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param platformSku the seller SKU as listed on the platform
 * @param skuId the paired warehouse SKU, null while unpaired
 * @param reserved whether stock is reserved for this line
 */
public record OrderLine(
        long id,
        long orderId,
        String platformLineId,
        String platformSku,
        String title,
        int quantity,
        BigDecimal unitPrice,
        Long skuId,
        boolean reserved) {}
