package io.junction.connectors.kit;

import java.util.function.IntSupplier;

/** Waits on a WireMock server's request journal, which a dropped or delayed answer fills late. */
public final class WireMockJournal {

    private WireMockJournal() {}

    /** Waits until the journal holds {@code expected} requests, then past the 400 ms delay, so a late extra one shows too. */
    public static void awaitJournal(IntSupplier journaled, int expected) throws InterruptedException {
        for (int waited = 0; journaled.getAsInt() < expected && waited < 5_000; waited += 50) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
    }
}
