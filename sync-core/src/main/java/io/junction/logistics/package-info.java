/**
 * Logistics: the carrier SPI ({@link io.junction.logistics.CarrierAdapter}), carrier accounts,
 * logistics methods, and pre-advice (requesting a tracking number) with its at-most-once rule.
 */
package io.junction.logistics;
