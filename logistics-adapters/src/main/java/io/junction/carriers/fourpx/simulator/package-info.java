/**
 * A stateful 4PX FOP API on WireMock: product code, used by the adapter tests and the demo mode. It
 * checks app key and signature, validates consignments with 4PX-like reasons, serves PDF labels and
 * moves parcels along their journey over time.
 */
package io.junction.carriers.fourpx.simulator;
