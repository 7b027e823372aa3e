/**
 * Taobao Open Platform (TOP): orders are read with {@code taobao.trades.sold.increment.get} (paged
 * from the last page backwards, in sub-windows of at most a day) and completed with
 * {@code taobao.trade.fullinfo.get}; shipments are written back with
 * {@code taobao.logistics.offline.send}. Same shape as the Amazon reference:
 * {@link io.junction.connectors.taobao.TaobaoConnector} is thin,
 * {@link io.junction.connectors.taobao.TaobaoClient} signs, sends and retries, and
 * {@link io.junction.connectors.taobao.TaobaoTranslator} maps payloads to the channel SPI.
 */
package io.junction.connectors.taobao;
