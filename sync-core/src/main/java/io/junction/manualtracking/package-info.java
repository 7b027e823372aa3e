/**
 * Tracking numbers entered by hand (手工运单号): a parcel booked outside Junction (through a forwarder) gets its
 * tracking number from a clerk, one by one or from an Excel sheet (all rows or none), and then moves through
 * print, scan-out and write-back like any other. The package becomes {@code MANUAL} and the order moves on to
 * printing through the state machine, with history.
 */
package io.junction.manualtracking;
