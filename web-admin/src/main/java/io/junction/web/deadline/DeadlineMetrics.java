package io.junction.web.deadline;

import io.junction.deadline.DeadlineService;
import io.junction.web.metrics.FreshReading;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Ship-by deadlines as gauges, over every shop: {@code junction.orders.overdue}, {@code junction.orders.due.soon}
 * (within the default hours) and {@code junction.orders.at.risk} (will miss their ship-by at the current pace).
 * Read from the database at most every {@link FreshReading#FRESH_FOR}, whatever the scrape rate.
 */
@Component
public class DeadlineMetrics implements MeterBinder {

    private final FreshReading<Snapshot> snapshot;

    public DeadlineMetrics(DeadlineService deadlines, Clock clock) {
        this.snapshot = new FreshReading<>(
                () -> {
                    DeadlineService.Summary summary = deadlines.summaryEverywhere();
                    return new Snapshot(summary.overdue(), summary.dueSoon(), deadlines.atRiskEverywhere());
                },
                clock);
    }

    record Snapshot(long overdue, long dueSoon, long atRisk) {}

    @Override
    public void bindTo(MeterRegistry registry) {
        snapshot.gauge(
                registry, "junction.orders.overdue", "orders still to ship past their ship-by", Snapshot::overdue);
        snapshot.gauge(
                registry,
                "junction.orders.due.soon",
                "orders still to ship due within the next hours",
                Snapshot::dueSoon);
        snapshot.gauge(
                registry,
                "junction.orders.at.risk",
                "orders that will miss their ship-by at the current pace",
                Snapshot::atRisk);
    }
}
