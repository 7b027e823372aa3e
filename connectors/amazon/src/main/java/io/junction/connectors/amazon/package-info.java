/**
 * Amazon Selling Partner API: orders are read with Orders API 2026-01-01 ({@code searchOrders}) and
 * shipments confirmed with Orders v0 ({@code confirmShipment}). The reference implementation of a
 * connector: {@link io.junction.connectors.amazon.AmazonConnector} is thin,
 * {@link io.junction.connectors.amazon.AmazonClient} does HTTP, tokens and retries, and
 * {@link io.junction.connectors.amazon.AmazonTranslator} maps payloads to the channel SPI.
 */
package io.junction.connectors.amazon;
