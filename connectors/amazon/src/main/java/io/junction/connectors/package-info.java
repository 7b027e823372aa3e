/**
 * Marketplace connectors: one package per platform, each implementing
 * {@link io.junction.channel.ChannelConnector} with the same shape (connector, client, translator,
 * status, properties, dto records and a WireMock simulator). Connectors never import each other.
 * {@link io.junction.connectors.amazon} is the reference implementation.
 */
package io.junction.connectors;
