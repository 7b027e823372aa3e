package io.junction.web.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * One reading of the database that several gauges show, read again at most every {@link #FRESH_FOR} whatever the
 * scrape rate.
 *
 * @param <T> what one reading holds
 */
public final class FreshReading<T> {

    public static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private final Supplier<T> read;
    private final Clock clock;
    private Instant takenAt;
    private T last;

    public FreshReading(Supplier<T> read, Clock clock) {
        this.read = read;
        this.clock = clock;
    }

    /** The last reading, or a new one when it is older than {@link #FRESH_FOR}. */
    public synchronized T current() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(takenAt.plus(FRESH_FOR))) {
            last = read.get();
            takenAt = now;
        }
        return last;
    }

    /** Registers a gauge of one figure of the reading. */
    public void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<T> figure) {
        Gauge.builder(name, this, reading -> figure.applyAsDouble(reading.current()))
                .description(description)
                .register(registry);
    }
}
