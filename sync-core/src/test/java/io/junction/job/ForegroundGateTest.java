package io.junction.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void whileTheStationsAreBusyAJobRestsAsLongAsItsChunkTook() {
        // given a station call answered just now, and a chunk that took 300 ms
        ForegroundGate gate = new ForegroundGate(Duration.ofMillis(100), 1.0, Duration.ofSeconds(30));
        gate.enter();
        gate.leave();

        // when
        long waited = timed(() -> gate.giveWay(TimeUnit.MILLISECONDS.toNanos(300)));

        // then
        assertThat(waited).isBetween(TimeUnit.MILLISECONDS.toNanos(300), TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void aJobRestsInProportionToItsRatioAndNeverLongerThanASecond() {
        // given busy stations and a job allowed a quarter of the time it worked as rest
        ForegroundGate quarter = new ForegroundGate(Duration.ZERO, 0.25, Duration.ofSeconds(30));
        quarter.enter();
        quarter.leave();
        ForegroundGate whole = new ForegroundGate(Duration.ZERO, 1.0, Duration.ofSeconds(30));
        whole.enter();
        whole.leave();

        // when
        long afterASecond = timed(() -> quarter.giveWay(TimeUnit.SECONDS.toNanos(1)));
        long afterAMinute = timed(() -> whole.giveWay(TimeUnit.MINUTES.toNanos(1)));

        // then
        assertThat(afterASecond).isBetween(TimeUnit.MILLISECONDS.toNanos(250), TimeUnit.MILLISECONDS.toNanos(900));
        assertThat(afterAMinute).isBetween(TimeUnit.SECONDS.toNanos(1), TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void aJobDoesNotRestWhenNoStationHasCalledLately() throws Exception {
        // given one gate no station ever called, and one whose last call is older than its busy window
        ForegroundGate never = new ForegroundGate(Duration.ofMillis(100), 1.0, Duration.ofSeconds(30));
        ForegroundGate lately = new ForegroundGate(Duration.ofMillis(100), 1.0, Duration.ofMillis(50));
        lately.enter();
        lately.leave();
        Thread.sleep(200);

        // when jobs that worked a minute give way
        long first = timed(() -> never.giveWay(TimeUnit.MINUTES.toNanos(1)));
        long second = timed(() -> lately.giveWay(TimeUnit.MINUTES.toNanos(1)));

        // then neither rests (a rest would take a second at least)
        assertThat(first).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(second).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
    }

    @Test
    void aNegativeSettingIsRefused() {
        assertThatThrownBy(() -> new ForegroundGate(Duration.ofMillis(100), -0.5, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rest-ratio");
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }
}
