package io.junction.stock;

/**
 * Published inside the transaction of a movement that makes units of a SKU available (a receipt, a return,
 * a release, an adjustment up): orders waiting for it may be allocated once that transaction commits.
 */
public record StockArrived(long skuId) {}
