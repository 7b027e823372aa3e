/**
 * A stateful WireMock simulator of the TOP gateway methods Junction uses
 * ({@code taobao.trades.sold.increment.get}, {@code taobao.trade.fullinfo.get},
 * {@code taobao.logistics.offline.send}). Product code: connector tests, end-to-end tests and the
 * demo mode all run it.
 */
package io.junction.connectors.taobao.simulator;
