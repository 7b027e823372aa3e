package io.junction.connectors.kit;

import java.io.IOException;
import java.net.ServerSocket;

/** A local port that nothing listens on, for a call that cannot connect. */
public final class ClosedPort {

    private ClosedPort() {}

    /** A port that was free a moment ago: opened, read and closed again. */
    public static int find() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A URL on the loopback interface at a port nothing listens on, ending in {@code path}. */
    public static String url(String path) throws IOException {
        return "http://127.0.0.1:" + find() + path;
    }
}
