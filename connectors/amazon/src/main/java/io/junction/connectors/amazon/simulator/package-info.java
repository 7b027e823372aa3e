/**
 * A stateful WireMock simulator of the Amazon endpoints Junction uses (Login with Amazon,
 * searchOrders, confirmShipment). Product code: connector tests, end-to-end tests and the demo
 * mode all run it.
 */
package io.junction.connectors.amazon.simulator;
