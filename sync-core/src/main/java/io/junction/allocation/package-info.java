/**
 * Allocation (配货): pair each line with a warehouse SKU, reserve its stock, choose the logistics
 * method, check customs data, and make the order's package.
 */
package io.junction.allocation;
