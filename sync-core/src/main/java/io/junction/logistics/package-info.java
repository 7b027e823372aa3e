/**
 * Logistics: the carrier SPI ({@link io.junction.logistics.CarrierAdapter}, with its optional tracking,
 * intercept and weight update; tracking normalised into {@link io.junction.logistics.TrackingStatus}), carrier accounts,
 * logistics methods, pre-advice (requesting a tracking number) with its at-most-once rule, and
 * the cancellation of a stopped order's pre-advice through an outbox relay.
 */
package io.junction.logistics;
