package io.junction.web;

/**
 * A wait between two looks at something that settles in the background (a relay round, a job's progress), for
 * the end-to-end tests and the benchmarks that poll. An interrupt ends the test, the thread still marked
 * interrupted.
 */
public final class Pause {

    private Pause() {}

    /** Waits {@code millis} milliseconds. */
    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
