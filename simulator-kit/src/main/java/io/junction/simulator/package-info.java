/**
 * What every simulator shares, marketplace or carrier: {@link io.junction.simulator.Simulator} (the
 * lifecycle on a {@link io.junction.simulator.SimulatorServer}, the clock, the
 * {@link io.junction.simulator.ScenarioQueue} behind the scenario helpers),
 * {@link io.junction.simulator.MarketplaceSimulator} with its
 * {@link io.junction.simulator.OrderGenerator} (catalogue, back-log, new orders over time: the
 * {@link io.junction.simulator.SimulatedMarketplace} the demo drives),
 * {@link io.junction.simulator.SimulatorEndpoints}, the base of every simulator's HTTP face, and the
 * {@link io.junction.simulator.TokenBucket} each simulator throttles with. Platform behaviour stays in
 * each platform's own {@code simulator} package.
 */
package io.junction.simulator;
