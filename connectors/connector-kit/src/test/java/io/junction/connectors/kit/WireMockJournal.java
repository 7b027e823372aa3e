package io.junction.connectors.kit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/** Checks a WireMock server's request journal, which a dropped or delayed answer fills late. */
public final class WireMockJournal {

    private WireMockJournal() {}

    /**
     * Verifies that {@code server} received exactly {@code expected} requests matching {@code requests}: WireMock
     * journals a delayed request only once its answer is done, after the client gave up, so this waits until the
     * journal holds them, then past the 400 ms delay, so that a late extra one shows too.
     */
    public static void verifyJournaled(WireMockServer server, int expected, RequestPatternBuilder requests)
            throws InterruptedException {
        for (int waited = 0; server.findAll(requests).size() < expected && waited < 5_000; waited += 50) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        server.verify(expected, requests);
    }
}
