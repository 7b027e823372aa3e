/**
 * What the carrier simulators share: the journey a simulated parcel makes after it is booked, so that
 * tracking moves along over time in tests and in the demo.
 */
package io.junction.carriers.kit.simulator;
