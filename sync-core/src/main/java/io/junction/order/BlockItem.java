package io.junction.order;

/**
 * What an {@link AllocationBlock} names: a platform SKU not paired, or a warehouse SKU without customs data
 * or short of stock.
 *
 * @param orderId the blocked order
 * @param skuId the warehouse SKU, null for an unpaired platform SKU
 * @param code the warehouse SKU's code, or the platform SKU as the marketplace lists it
 * @param missing how many units are missing (OUT_OF_STOCK), null otherwise
 */
public record BlockItem(long orderId, Long skuId, String code, Integer missing) {}
