package io.junction.job;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The interactive calls on this node that a person waits on at a packing station, which this node's background
 * jobs let go first. Between two chunks a job runner gives way ({@link #giveWay}): while the stations are busy (a
 * call came in the last {@code junction.jobs.busy-window}, 1 s) it first rests for {@code junction.jobs.rest-ratio}
 * (2.0) times the time its chunk took, at most 1 s, so that a job takes about a third of what the stations share
 * with it (the cores, the database) and a scan finds a core free; then it waits for a moment without any call in
 * flight, at most {@code junction.jobs.foreground-wait} (100 ms), so that a job never starves however busy the
 * stations are. With no station calling, a job runs at full speed. It is per node, as the CPU it shares is: a job
 * on another node does not wait for this node's stations, and the database they share serves them in the order
 * they come.
 *
 * <p>Measured with the station load benchmark (40 stations scanning every 2 s, 10,000 orders approved and allocated,
 * MariaDB, 2 cores): with no rest the stations' p99 while the batch ran was 59 ms and the batch took 7.7 s; resting
 * as long as each chunk took, 53–71 ms and 15 s; twice as long, 47–50 ms and 20–21 s.
 */
@Component
public class ForegroundGate {

    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long MAX_REST_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final long maxWaitNanos;
    private final double restRatio;
    private final long busyWindowNanos;
    private volatile long lastCallNanos;

    /** A gate whose jobs only wait for the calls in flight, at most {@code maxWait} a chunk, and never rest. */
    public ForegroundGate(Duration maxWait) {
        this(maxWait, 0, Duration.ZERO);
    }

    @Autowired
    public ForegroundGate(
            @Value("${junction.jobs.foreground-wait:PT0.1S}") Duration maxWait,
            @Value("${junction.jobs.rest-ratio:2.0}") double restRatio,
            @Value("${junction.jobs.busy-window:PT1S}") Duration busyWindow) {
        if (restRatio < 0 || maxWait.isNegative() || busyWindow.isNegative()) {
            throw new IllegalArgumentException(
                    "junction.jobs: foreground-wait, rest-ratio and busy-window must not be negative");
        }
        this.maxWaitNanos = maxWait.toNanos();
        this.restRatio = restRatio;
        this.busyWindowNanos = busyWindow.toNanos();
        this.lastCallNanos = System.nanoTime() - busyWindowNanos - 1;
    }

    /** An interactive call begins; each is followed by {@link #leave()}. */
    public void enter() {
        lastCallNanos = System.nanoTime();
        inFlight.incrementAndGet();
    }

    /** An interactive call has been answered. */
    public void leave() {
        inFlight.decrementAndGet();
    }

    /** Whether an interactive call came in the last {@code junction.jobs.busy-window}: the stations are at work. */
    public boolean busy() {
        return System.nanoTime() - lastCallNanos < busyWindowNanos;
    }

    /**
     * Lets the stations go first before a job's next chunk: rests in proportion to the chunk just done ({@code
     * workedNanos}) while they are busy, then waits for a moment without a call in flight ({@link #awaitQuiet}).
     */
    public void giveWay(long workedNanos) {
        if (restRatio > 0 && busy()) {
            long restUntil = System.nanoTime() + Math.min((long) (workedNanos * restRatio), MAX_REST_NANOS);
            for (long left = restUntil - System.nanoTime();
                    left > 0 && !Thread.currentThread().isInterrupted();
                    left = restUntil - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
        awaitQuiet();
    }

    /**
     * Waits until no interactive call is in flight on this node, or for the longest wait allowed (not at all once the
     * thread is interrupted: a node stopping).
     */
    public void awaitQuiet() {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (inFlight.get() > 0
                && System.nanoTime() - deadline < 0
                && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }
}
