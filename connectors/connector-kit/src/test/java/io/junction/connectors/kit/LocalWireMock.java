package io.junction.connectors.kit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** A plain WireMock server for a client's tests: on the loopback interface only, at a free port. */
public final class LocalWireMock {

    private LocalWireMock() {}

    /** A new server, already started; the test stops it. */
    public static WireMockServer started() {
        WireMockServer server = new WireMockServer(
                WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return server;
    }
}
