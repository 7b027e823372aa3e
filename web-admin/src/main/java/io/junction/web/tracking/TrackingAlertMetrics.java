package io.junction.web.tracking;

import io.junction.tracking.TrackingAlerts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The tracking alerts as gauges, over every shop: {@code junction.tracking.no.first.scan} (parcels the carrier
 * never scanned within their platform's window) and {@code junction.tracking.stuck}. Read from the database at
 * most every {@link #FRESH_FOR}, whatever the scrape rate.
 */
@Component
public class TrackingAlertMetrics implements MeterBinder {

    static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private final TrackingAlerts alerts;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public TrackingAlertMetrics(TrackingAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    record Snapshot(Instant takenAt, TrackingAlerts.Counts counts) {}

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                registry,
                "junction.tracking.no.first.scan",
                "parcels shipped that the carrier has not scanned within their platform's window",
                TrackingAlerts.Counts::noFirstScan);
        gauge(
                registry,
                "junction.tracking.stuck",
                "parcels scanned, not delivered, in one status too long",
                TrackingAlerts.Counts::stuck);
    }

    private void gauge(
            MeterRegistry registry, String name, String description, ToDoubleFunction<TrackingAlerts.Counts> value) {
        Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.current()))
                .description(description)
                .register(registry);
    }

    /** The last read, or a new one when it is older than {@link #FRESH_FOR}. */
    synchronized TrackingAlerts.Counts current() {
        Instant now = clock.instant();
        Snapshot last = snapshot;
        if (last == null || !now.isBefore(last.takenAt().plus(FRESH_FOR))) {
            last = new Snapshot(now, alerts.countsEverywhere());
            snapshot = last;
        }
        return last.counts();
    }
}
