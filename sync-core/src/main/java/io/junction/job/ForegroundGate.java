package io.junction.job;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The interactive calls in flight on this node that a person waits on at a packing station, which this node's
 * background jobs let go first: a job runner waits for a moment without any before each chunk, at most {@code
 * junction.jobs.foreground-wait} (100 ms) a chunk, so that a job never starves however busy the stations are. It
 * is per node, as the CPU it shares is: a job on another node does not wait for this node's stations, and the
 * database they share serves them in the order they come.
 */
@Component
public class ForegroundGate {

    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final long maxWaitNanos;

    public ForegroundGate(@Value("${junction.jobs.foreground-wait:PT0.1S}") Duration maxWait) {
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** An interactive call begins; each is followed by {@link #leave()}. */
    public void enter() {
        inFlight.incrementAndGet();
    }

    /** An interactive call has been answered. */
    public void leave() {
        inFlight.decrementAndGet();
    }

    /** Waits until no interactive call is in flight on this node, or for the longest wait allowed. */
    public void awaitQuiet() {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (inFlight.get() > 0 && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }
}
