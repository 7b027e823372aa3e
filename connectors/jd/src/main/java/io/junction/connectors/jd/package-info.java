/**
 * JD Open Platform (JOS): orders are read with {@code jingdong.pop.order.enSearch} by modified
 * time and shipments written back with {@code jingdong.pop.order.shipment}, all through the signed
 * {@code routerjson} gateway. Shaped like the reference connector ({@code connectors.amazon}):
 * {@link io.junction.connectors.jd.JdConnector} is thin, {@link io.junction.connectors.jd.JdClient}
 * signs and sends, {@link io.junction.connectors.jd.JdTranslator} maps payloads to the channel SPI.
 */
package io.junction.connectors.jd;
