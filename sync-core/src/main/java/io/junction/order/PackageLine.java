package io.junction.order;

/** What one package holds of one order line, and how many of it the packer has scanned. */
public record PackageLine(long id, long packageId, long orderLineId, long skuId, int quantity, int scanned) {}
