package io.junction.testing;

import io.junction.channel.ChannelConnector;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the marketplaces in memory of sync-core's tests share: a platform code, one credential (a
 * token), orders queryable up to two minutes ago and windows that overlap by ten minutes.
 */
public abstract class MemoryChannel implements ChannelConnector {

    private final String platform;

    protected MemoryChannel(String platform) {
        this.platform = platform;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public List<String> credentialKeys() {
        return List.of("token");
    }

    @Override
    public Instant newestQueryable(Instant now) {
        return now.minus(Duration.ofMinutes(2));
    }

    @Override
    public Duration windowOverlap() {
        return Duration.ofMinutes(10);
    }
}
