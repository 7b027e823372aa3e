package io.junction.connectors.kit;

import java.time.Duration;

/**
 * What the settings of every connector hold besides its platform's own facts: how it calls the platform
 * ({@link CallSettings}, bound from {@code junction.connectors.<name>.calls.*}) and how far behind now the
 * platform's data stays; and the copies with other call settings that tests make.
 *
 * @param <P> the platform's settings record, so that the copies are of its type
 */
public interface ConnectorProperties<P extends ConnectorProperties<P>> {

    /** How the client calls the platform. */
    CallSettings calls();

    /** How far behind now the newest queryable "modified" bound stays. */
    Duration dataDelay();

    /** The same settings with other call settings. */
    P withCalls(CallSettings settings);

    /** The same settings with another retry policy (tests use a few milliseconds). */
    default P withRetry(int attempts, Duration initial, Duration max) {
        return withCalls(calls().withRetry(attempts, initial, max));
    }

    /** The same settings with other time-outs. */
    default P withTimeouts(Duration connect, Duration read) {
        return withCalls(calls().withTimeouts(connect, read));
    }
}
