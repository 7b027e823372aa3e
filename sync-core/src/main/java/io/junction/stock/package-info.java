/**
 * Stock that explains every unit: the ledger through which every change of a SKU's on-hand or reserved
 * units goes (allocation's reservations, releases, deductions at ship, receipts, adjustments, returns),
 * and goods receipts (入库上架).
 */
package io.junction.stock;
