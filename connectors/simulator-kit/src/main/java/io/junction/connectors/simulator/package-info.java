/**
 * What every marketplace simulator shares: {@link io.junction.connectors.simulator.SimulatedMarketplace},
 * the part of a simulator the demo drives, and the {@link io.junction.connectors.simulator.TokenBucket}
 * each simulator throttles with. Platform behaviour stays in each connector's own simulator.
 */
package io.junction.connectors.simulator;
