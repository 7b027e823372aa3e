/**
 * Write-back (回传): shipment confirmations to the marketplace through an outbox row written with
 * the SHIPPED transition; relays claim due rows with SKIP LOCKED, retry with back-off, and surface
 * what keeps failing.
 */
package io.junction.writeback;
