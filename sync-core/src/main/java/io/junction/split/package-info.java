/**
 * Splitting (拆分) an allocated order into several packages by line and quantity before any parcel
 * is requested: each package gets its own parcel, label, scan and marketplace confirmation.
 */
package io.junction.split;
