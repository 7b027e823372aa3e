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
}
