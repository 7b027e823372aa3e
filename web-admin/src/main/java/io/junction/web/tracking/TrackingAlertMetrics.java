package io.junction.web.tracking;

import io.junction.tracking.TrackingAlerts;
import io.junction.web.metrics.FreshReading;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The tracking alerts as gauges, over every shop: {@code junction.tracking.no.first.scan} (parcels the carrier
 * never scanned within their platform's window) and {@code junction.tracking.stuck}. Read from the database at
 * most every {@link FreshReading#FRESH_FOR}, whatever the scrape rate.
 */
@Component
public class TrackingAlertMetrics implements MeterBinder {

    private final FreshReading<TrackingAlerts.Counts> counts;

    public TrackingAlertMetrics(TrackingAlerts alerts, Clock clock) {
        this.counts = new FreshReading<>(alerts::countsEverywhere, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counts.gauge(
                registry,
                "junction.tracking.no.first.scan",
                "parcels shipped that the carrier has not scanned within their platform's window",
                TrackingAlerts.Counts::noFirstScan);
        counts.gauge(
                registry,
                "junction.tracking.stuck",
                "parcels scanned, not delivered, in one status too long",
                TrackingAlerts.Counts::stuck);
    }
}
