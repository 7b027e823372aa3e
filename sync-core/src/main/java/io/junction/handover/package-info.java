/**
 * Hand-over (交接): shipped parcels scanned into a batch per carrier at the station, counted against what is
 * due, the batch closed and its manifest printed (count, tracking numbers, weights, a line to sign); and the
 * parcels shipped on a day that went into no batch.
 */
package io.junction.handover;
