package io.junction.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ForegroundGateTest {

    @Test
    void aJobGoesOnAtOnceWhenNoStationCallIsInFlight() {
        // given
        ForegroundGate gate = new ForegroundGate(Duration.ofSeconds(10));
        gate.enter();
        gate.leave();

        // when
        long waited = timed(gate::awaitQuiet);

        // then
        assertThat(waited).isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void aJobWaitsForTheStationCallsInFlightToBeAnswered() throws Exception {
        // given a station call in flight
        ForegroundGate gate = new ForegroundGate(Duration.ofSeconds(30));
        gate.enter();

        // when a job asks to go on, and the call is answered 200 ms later
        CompletableFuture<Long> job = CompletableFuture.supplyAsync(() -> timed(gate::awaitQuiet));
        Thread.sleep(200);
        assertThat(job).isNotDone();
        gate.leave();

        // then the job goes on then, not after its longest wait
        long waited = job.get(10, TimeUnit.SECONDS);
        assertThat(waited).isBetween(TimeUnit.MILLISECONDS.toNanos(100), TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void aJobWaitsNoLongerThanItsLongestWaitHoweverBusyTheStationsAre() {
        // given a call that is never answered
        ForegroundGate gate = new ForegroundGate(Duration.ofMillis(50));
        gate.enter();

        // when
        long waited = timed(gate::awaitQuiet);

        // then
        assertThat(waited).isBetween(TimeUnit.MILLISECONDS.toNanos(50), TimeUnit.SECONDS.toNanos(5));
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }
}
