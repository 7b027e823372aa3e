/**
 * A stateful WireMock simulator of the AliExpress IOP gateway ({@code /sync}) for the methods
 * Junction uses: order list, order detail, fulfil and tracking-number edit. Product code: connector
 * tests, end-to-end tests and the demo mode all run it.
 */
package io.junction.connectors.aliexpress.simulator;
