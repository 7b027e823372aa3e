/**
 * Picking (配货): for a wave of allocated orders, the pick list (quantities summed per warehouse SKU, in the
 * order of the bins a picker walks, with barcodes), a picking slip per order with the buyer's and the seller's
 * notes, and a packing slip per order, each as a PDF.
 */
package io.junction.picking;
