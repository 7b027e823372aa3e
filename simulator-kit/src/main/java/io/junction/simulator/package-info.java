/**
 * What every marketplace simulator shares: {@link io.junction.simulator.SimulatedMarketplace},
 * the part of a simulator the demo drives; the {@link io.junction.simulator.TokenBucket}
 * each simulator throttles with; the {@link io.junction.simulator.SimulatorServer} each runs
 * on; and the {@link io.junction.simulator.ScenarioQueue} behind its scenario helpers.
 * Platform behaviour stays in each connector's own simulator.
 */
package io.junction.simulator;
