package io.junction.connectors.kit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every marketplace connector answers the same way, from its settings and its client: its platform code,
 * the credentials a shop needs, the newest bound the platform serves, how far each read reaches back, and the
 * client's circuit. A platform's connector extends it and keeps its own reads and writes.
 *
 * @param <C> the platform's client
 */
public abstract class PlatformConnector<C extends PlatformClient> implements ChannelConnector, PlatformCircuit {

    /** The platform's HTTP client, which makes every call. */
    protected final C client;

    private final String platform;
    private final List<String> credentialKeys;
    private final Duration dataDelay;
    private final Duration windowOverlap;

    /**
     * @param platform the platform code, as shops store it
     * @param credentialKeys the credentials a shop on the platform must have
     */
    protected PlatformConnector(
            String platform, List<String> credentialKeys, ConnectorProperties<?> properties, C client) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.credentialKeys = List.copyOf(credentialKeys);
        this.dataDelay = properties.dataDelay();
        this.windowOverlap = properties.calls().windowOverlap();
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public CircuitBreaker.State circuitState() {
        return client.circuitState();
    }

    @Override
    public List<String> credentialKeys() {
        return credentialKeys;
    }

    /**
     * The page a numbered page token names: 1 for the first page, which has none.
     *
     * @param what how the refusal names such a token, e.g. {@code "a Taobao refunds"}
     * @throws ChannelException {@link ChannelException.Kind#INVALID_REQUEST} when the token is no page number
     */
    protected static int pageNumber(String pageToken, String what) {
        if (pageToken == null) {
            return 1;
        }
        try {
            return Integer.parseInt(pageToken);
        } catch (NumberFormatException e) {
            throw new ChannelException(
                    ChannelException.Kind.INVALID_REQUEST, "not " + what + " page token: " + pageToken);
        }
    }

    /** Now less the platform's data delay: the platform serves nothing newer. */
    @Override
    public Instant newestQueryable(Instant now) {
        return now.minus(dataDelay);
    }

    @Override
    public Duration windowOverlap() {
        return windowOverlap;
    }
}
