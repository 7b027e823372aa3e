package io.junction.connectors.kit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A plain WireMock server standing in for a platform in a client's tests: on the loopback interface only, at a free
 * port, started before each test and stopped after it. A test registers it as an instance field
 * ({@code @RegisterExtension final LocalWireMock jd = new LocalWireMock();}) and names the endpoints it stubs.
 */
public final class LocalWireMock implements BeforeEachCallback, AfterEachCallback {

    private WireMockServer server;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new WireMockServer(
                WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop();
    }

    /** The endpoint that takes POSTs to {@code path}. */
    public StubbedEndpoint post(String path) {
        return StubbedEndpoint.post(this, path);
    }

    /** The endpoint that takes GETs of {@code path}. */
    public StubbedEndpoint get(String path) {
        return StubbedEndpoint.get(this, path);
    }

    /** The running server, for what a test checks beyond its endpoints. */
    public WireMockServer server() {
        if (server == null) {
            throw new IllegalStateException("the server runs only while a test does");
        }
        return server;
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:54321}. */
    public String baseUrl() {
        return server().baseUrl();
    }

    /** Verifies that the server received exactly {@code expected} requests matching {@code requests}. */
    public void verify(int expected, RequestPatternBuilder requests) {
        server().verify(expected, requests);
    }
}
