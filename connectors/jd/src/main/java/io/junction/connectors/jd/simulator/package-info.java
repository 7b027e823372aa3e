/**
 * A stateful WireMock twin of the JD {@code routerjson} gateway for connector tests, end-to-end
 * tests and the demo mode: signature checks, the platform's windows, page sizes, throttling and
 * error payloads, and scenario helpers named for what they do.
 */
package io.junction.connectors.jd.simulator;
