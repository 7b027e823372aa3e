package io.junction.carriers.kit.simulator;

import io.junction.logistics.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The road every simulated parcel travels once booked: information received at once, then one step
 * every {@code step}: received at the origin depot, departed, arrived in the destination country,
 * out for delivery, delivered. A parcel intercepted on the way stops where it is: an exception
 * (intercepted) at once, then back to the sender one step later. Each carrier's simulator writes the
 * events in its own wire format; the words here are the carriers' usual English ones.
 *
 * @param step the time between two scans
 */
public record ParcelJourney(Duration step) {

    /** One event on the road: when, the carrier's text, where, and what it means. */
    public record Stop(Instant time, String text, String location, TrackingStatus status) {}

    /** Two minutes between scans: a demo shows a parcel delivered about ten minutes after its pre-advice. */
    public static final Duration DEMO_STEP = Duration.ofMinutes(2);

    public ParcelJourney {
        Objects.requireNonNull(step, "step");
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive, was " + step);
        }
    }

    /**
     * The events of a parcel booked at {@code booked} for {@code city}, {@code country}, as of
     * {@code now}, oldest first; {@code intercepted} (null when it was not) stops the road there.
     */
    public List<Stop> eventsAt(Instant booked, Instant intercepted, Instant now, String city, String country) {
        List<Stop> road = List.of(
                new Stop(booked, "Shipment information received", "Shenzhen, CN", TrackingStatus.INFO_RECEIVED),
                new Stop(
                        booked.plus(step),
                        "Parcel received at the sorting center",
                        "Shenzhen, CN",
                        TrackingStatus.PICKED_UP),
                new Stop(
                        booked.plus(step.multipliedBy(2)),
                        "Departed from the origin sorting center",
                        "Shenzhen, CN",
                        TrackingStatus.IN_TRANSIT),
                new Stop(
                        booked.plus(step.multipliedBy(3)),
                        "Arrived in the destination country",
                        country,
                        TrackingStatus.IN_TRANSIT),
                new Stop(
                        booked.plus(step.multipliedBy(4)),
                        "Out for delivery",
                        place(city, country),
                        TrackingStatus.OUT_FOR_DELIVERY),
                new Stop(
                        booked.plus(step.multipliedBy(5)),
                        "Delivered",
                        place(city, country),
                        TrackingStatus.DELIVERED));
        List<Stop> events = new ArrayList<>();
        for (Stop stop : road) {
            boolean stopped = intercepted != null && !stop.time().isBefore(intercepted);
            if (stop.time().isAfter(now) || stopped) {
                break;
            }
            events.add(stop);
        }
        if (intercepted != null && !intercepted.isAfter(now)) {
            events.add(new Stop(
                    intercepted, "Intercepted at the shipper's request", "Shenzhen, CN", TrackingStatus.EXCEPTION));
            Instant back = intercepted.plus(step);
            if (!back.isAfter(now)) {
                events.add(new Stop(back, "Returned to sender", "Shenzhen, CN", TrackingStatus.RETURNED));
            }
        }
        return events;
    }

    /** Where the parcel is as of {@code now}: the latest event's status. */
    public TrackingStatus statusAt(Instant booked, Instant intercepted, Instant now, String city, String country) {
        List<Stop> events = eventsAt(booked, intercepted, now, city, country);
        return events.isEmpty()
                ? TrackingStatus.INFO_RECEIVED
                : events.get(events.size() - 1).status();
    }

    private static String place(String city, String country) {
        return city == null || city.isBlank() ? country : city + ", " + country;
    }
}
