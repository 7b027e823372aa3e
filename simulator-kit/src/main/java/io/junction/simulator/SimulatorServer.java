package io.junction.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import java.time.Duration;
import java.util.Objects;

/**
 * The WireMock server a marketplace simulator runs on: bound to 127.0.0.1, no request journal, and
 * one catch-all stub that hands every request to the simulator's endpoints (a transformer that
 * answers from the simulator's state). A simulator holds one and delegates its lifecycle to it.
 *
 * <p>Thread-safe, on its own lock: the endpoints lock the simulator, never this server, so that
 * {@link #stop()} can wait for a request in flight.
 */
public final class SimulatorServer {

    private static final int CONTAINER_THREADS = 200;

    private final String name;
    private WireMockServer server;

    /** @param name how messages call the simulator, e.g. {@code "the Amazon simulator"} */
    public SimulatorServer(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Starts on {@code port} of 127.0.0.1 (0 for a free port), every request answered by
     * {@code endpoints}.
     *
     * @throws IllegalStateException when it is already running
     */
    public synchronized void start(int port, ResponseDefinitionTransformerV2 endpoints) {
        if (server != null) {
            throw new IllegalStateException(name + " is already running on " + baseUrl());
        }
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .extensions(endpoints)
                .disableRequestJournal()
                // a platform answers many callers side by side: with WireMock's default pool (25 threads, some of
                // them Jetty's acceptors and selectors) a simulated latency of 300 ms would cap every client at
                // about 60 calls a second, however many nodes call it
                .containerThreads(CONTAINER_THREADS)
                .notifier(new Slf4jNotifier(false));
        options = port == 0 ? options.dynamicPort() : options.port(port);
        WireMockServer started = new WireMockServer(options);
        started.start();
        started.stubFor(
                WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withTransformers(endpoints.getName())));
        server = started;
    }

    /** Every answer from now on is sent {@code delay} after its request arrives (zero: at once), as a server far away. */
    public synchronized void answerAfter(Duration delay) {
        if (server == null) {
            throw new IllegalStateException(name + " is not running");
        }
        server.setGlobalFixedDelay(Math.toIntExact(delay.toMillis()));
    }

    /** Stops the server if it runs; a later {@link #start} may run it again. */
    public void stop() {
        WireMockServer running;
        synchronized (this) {
            running = server;
            server = null;
        }
        // Stopped outside the lock: a request in flight may be waiting for it.
        if (running != null) {
            running.stop();
        }
    }

    /** @throws IllegalStateException when it is not running */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return server.port();
    }

    /** The server's root, e.g. {@code http://127.0.0.1:51234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }
}
