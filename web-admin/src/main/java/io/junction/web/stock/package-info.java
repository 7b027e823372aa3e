/**
 * Stock over JSON and on the pages: receipts (the receiving page, made for a scanner), adjustments, the
 * stock ledger's movements, the stock page, and the seller's automatic-allocation setting.
 */
package io.junction.web.stock;
