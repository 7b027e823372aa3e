package io.junction.web.deadline;

import io.junction.deadline.DeadlineService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * Ship-by deadlines as gauges, over every shop: {@code junction.orders.overdue}, {@code junction.orders.due.soon}
 * (within the default hours) and {@code junction.orders.at.risk} (will miss their ship-by at the current pace).
 * Read from the database at most every {@link #FRESH_FOR}, whatever the scrape rate.
 */
@Component
public class DeadlineMetrics implements MeterBinder {

    static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private final DeadlineService deadlines;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public DeadlineMetrics(DeadlineService deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    record Snapshot(Instant takenAt, long overdue, long dueSoon, long atRisk) {}

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "junction.orders.overdue", "orders still to ship past their ship-by", Snapshot::overdue);
        gauge(
                registry,
                "junction.orders.due.soon",
                "orders still to ship due within the next hours",
                Snapshot::dueSoon);
        gauge(
                registry,
                "junction.orders.at.risk",
                "orders that will miss their ship-by at the current pace",
                Snapshot::atRisk);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value) {
        Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.current()))
                .description(description)
                .register(registry);
    }

    /** The last read, or a new one when it is older than {@link #FRESH_FOR}. */
    synchronized Snapshot current() {
        Instant now = clock.instant();
        Snapshot last = snapshot;
        if (last == null || !now.isBefore(last.takenAt().plus(FRESH_FOR))) {
            DeadlineService.Summary summary = deadlines.summaryEverywhere();
            last = new Snapshot(now, summary.overdue(), summary.dueSoon(), deadlines.atRiskEverywhere());
            snapshot = last;
        }
        return last;
    }
}
