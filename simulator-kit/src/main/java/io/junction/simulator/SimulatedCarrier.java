package io.junction.simulator;

import java.time.Duration;
import java.util.Map;

/** The part of a carrier simulator that a harness reads, the same for every carrier: what it booked. */
public interface SimulatedCarrier {

    /** The carrier's code, as its adapter names it ({@code YUNEXPRESS}). */
    String carrierCode();

    /** The root an account's endpoint is configured with. */
    String baseUrl();

    /** The only credentials it accepts, by its adapter's credential keys. */
    Map<String, String> credentials();

    /** The code of a service (product, channel, shipping method) it offers. */
    String serviceCode();

    /**
     * How many parcels the carrier booked under each of our references (the package number): more than one under
     * a reference is a parcel paid for twice.
     */
    Map<String, Integer> parcelsPerReference();

    /** Answers every call {@code delay} after it arrives from now on (zero: at once). */
    void answerEveryCallAfter(Duration delay);

    /** Meets a fault of {@code mix} at random on each call from now on ({@link FaultMix#none()}: none). */
    SimulatedCarrier failsAtRandom(FaultMix mix);

    /** How many random faults calls met so far, by kind. */
    Map<FaultMix.Kind, Long> faultsInjected();
}
