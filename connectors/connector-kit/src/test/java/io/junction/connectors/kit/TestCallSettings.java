package io.junction.connectors.kit;

import java.time.Duration;

/**
 * The call settings a connector's tests run with: a few attempts milliseconds apart, so that a retried call takes no
 * time; and, for the time-out tests, a client too impatient to wait for a {@linkplain StubbedEndpoint#answersLate
 * late answer}.
 */
public final class TestCallSettings {

    /** How long an impatient client waits for an answer: less than a late answer takes. */
    public static final Duration IMPATIENT_READ = Duration.ofMillis(200);

    private static final Duration TIME_OUT = Duration.ofSeconds(2);

    private TestCallSettings() {}

    /** {@code properties} with three attempts 10 to 40 ms apart and two-second time-outs. */
    public static <P extends ConnectorProperties<P>> P fast(P properties) {
        return properties
                .withRetry(3, Duration.ofMillis(10), Duration.ofMillis(40))
                .withTimeouts(TIME_OUT, TIME_OUT);
    }

    /** {@code properties} giving up on an answer after {@link #IMPATIENT_READ}. */
    public static <P extends ConnectorProperties<P>> P impatient(P properties) {
        return properties.withTimeouts(TIME_OUT, IMPATIENT_READ);
    }
}
