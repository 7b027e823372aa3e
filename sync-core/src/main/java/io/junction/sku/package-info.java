/** Warehouse SKUs: stock on hand and reserved, barcodes, customs data, and pairing with platform SKUs. */
package io.junction.sku;
