/**
 * A stateful Yanwen open API on WireMock: product code, used by the adapter tests and the demo mode.
 * It checks user and signature, validates orders with Yanwen-like reasons, serves PDF labels inline
 * and moves parcels along their journey over time.
 */
package io.junction.carriers.yanwen.simulator;
