/**
 * Printing (打印): labels merged into one PDF per batch in the clerk's order — carriers' labels kept once fetched,
 * Junction's own 100 × 100 mm label (PDF or ZPL) with a CN22 for cross-border parcels — reprints logged, and
 * "mark printed".
 */
package io.junction.label;
