/**
 * What the carrier simulators share: the book of parcels they booked, by our reference, and the numbers they give them; the journey a simulated
 * parcel makes after it is booked, so that tracking moves along over time in tests and in the demo; the address
 * checks carriers make; and the endpoints of an API that takes every call as a signed POST to one path.
 */
package io.junction.carriers.kit.simulator;
