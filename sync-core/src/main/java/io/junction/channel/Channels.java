package io.junction.channel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The marketplace connectors present, by platform code. */
@Component
public class Channels {

    private final Map<String, ChannelConnector> connectors;

    public Channels(List<ChannelConnector> connectors) {
        this.connectors =
                connectors.stream().collect(Collectors.toMap(ChannelConnector::platform, Function.identity()));
    }

    public ChannelConnector connector(String platform) {
        ChannelConnector connector = connectors.get(platform);
        if (connector == null) {
            throw new IllegalStateException("No connector for platform " + platform);
        }
        return connector;
    }

    /** The platforms served on this node, in name order. */
    public List<String> platforms() {
        return connectors.keySet().stream().sorted().toList();
    }

    /** Whether a connector serves the platform on this node. */
    public boolean serves(String platform) {
        return connectors.containsKey(platform);
    }
}
