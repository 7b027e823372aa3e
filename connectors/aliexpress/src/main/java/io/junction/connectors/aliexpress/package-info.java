/**
 * AliExpress Open Platform (IOP gateway): orders are read with {@code aliexpress.solution.order.get}
 * and completed one by one with {@code aliexpress.solution.order.info.get}; shipments are declared
 * with {@code aliexpress.solution.order.fulfill} and corrected with
 * {@code aliexpress.logistics.sellermodifiedshipmentfortop}. Same shape as the reference connector:
 * {@link io.junction.connectors.aliexpress.AliExpressConnector} is thin,
 * {@link io.junction.connectors.aliexpress.AliExpressClient} signs, sends and retries, and
 * {@link io.junction.connectors.aliexpress.AliExpressTranslator} maps payloads to the channel SPI.
 */
package io.junction.connectors.aliexpress;
