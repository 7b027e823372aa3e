package io.junction.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioQueueTest {

    private final ScenarioQueue scenarios = new ScenarioQueue(Set.of(503, 500, 502));

    @Test
    void scenariosAreMetOnePerRequestInTheOrderTheyWereLinedUp() {
        // given
        scenarios.failNext(503, 2);
        scenarios.throttleNext(1);
        scenarios.dropNext(1);

        // when / then
        assertThat(scenarios.poll()).isEqualTo(new ScenarioQueue.FailWith(503));
        assertThat(scenarios.poll()).isEqualTo(new ScenarioQueue.FailWith(503));
        assertThat(scenarios.poll()).isEqualTo(new ScenarioQueue.Throttle());
        assertThat(scenarios.poll()).isEqualTo(new ScenarioQueue.DropBeforeProcessing());
        assertThat(scenarios.poll()).isNull();
    }

    @Test
    void aStatusThePlatformDoesNotFailWithIsRefusedWithTheOnesItDoes() {
        // when / then
        assertThatThrownBy(() -> scenarios.failNext(429, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failsNext supports 500, 502 and 503: 429");
        assertThat(scenarios.poll()).isNull();
    }

    @Test
    void aDropAfterAcceptingIsTakenByOneWriteOnly() {
        // given
        scenarios.dropAfterAcceptingNextWrite();

        // when / then
        assertThat(scenarios.takeDropAfterAccepting()).isTrue();
        assertThat(scenarios.takeDropAfterAccepting()).isFalse();
    }

    @Test
    void aQueueForAnyHttpStatusTakesEveryStatusButNoOtherNumber() {
        // given
        ScenarioQueue any = ScenarioQueue.anyHttpStatus();

        // when
        any.failNext(418, 1);

        // then
        assertThat(any.poll()).isEqualTo(new ScenarioQueue.FailWith(418));
        assertThatThrownBy(() -> any.failNext(42, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an HTTP status: 42");
    }

    @Test
    void spoiledAnswersAreTakenOnePerServedRequestInOrderApartFromTheFaults() {
        // given
        scenarios.failNext(500, 1);
        scenarios.spoilNextAnswer(new ScenarioQueue.EmptyBody());
        scenarios.spoilNextAnswer(new ScenarioQueue.SlowAnswer(Duration.ofSeconds(3)));

        // when / then
        assertThat(scenarios.poll()).isEqualTo(new ScenarioQueue.FailWith(500));
        assertThat(scenarios.poll()).isNull();
        assertThat(scenarios.pollSpoiled()).isEqualTo(new ScenarioQueue.EmptyBody());
        assertThat(scenarios.pollSpoiled()).isEqualTo(new ScenarioQueue.SlowAnswer(Duration.ofSeconds(3)));
        assertThat(scenarios.pollSpoiled()).isNull();
    }

    @Test
    void aClearedQueueForgetsEveryScenario() {
        // given
        scenarios.failNext(500, 2);
        scenarios.spoilNextAnswer(new ScenarioQueue.GarbageBody());
        scenarios.dropAfterAcceptingNextWrite();

        // when
        scenarios.clear();

        // then
        assertThat(scenarios.poll()).isNull();
        assertThat(scenarios.pollSpoiled()).isNull();
        assertThat(scenarios.takeDropAfterAccepting()).isFalse();
    }

    @Test
    void aFaultMixGivesRequestsFaultsAtItsRatesTheSameWayForTheSameSeed() {
        // given 10 % server errors, 3 % each of empty, malformed and garbage answers, 1 % slow ones
        FaultMix mix = new FaultMix(42, 0.10, 0.03, 0.03, 0.03, 0.01, Duration.ofSeconds(5));

        // when 20,000 requests arrive, twice from the same seed
        List<Object> first = requestsMeeting(mix, 20_000);
        Map<FaultMix.Kind, Long> counted = scenarios.injected();
        List<Object> again = requestsMeeting(mix, 20_000);

        // then each kind comes at about its rate, and the same requests meet the same faults
        assertThat(again).isEqualTo(first);
        assertThat(counted.get(FaultMix.Kind.SERVER_ERROR)).isBetween(1_800L, 2_200L);
        assertThat(counted.get(FaultMix.Kind.EMPTY)).isBetween(480L, 720L);
        assertThat(counted.get(FaultMix.Kind.MALFORMED)).isBetween(480L, 720L);
        assertThat(counted.get(FaultMix.Kind.GARBAGE)).isBetween(480L, 720L);
        assertThat(counted.get(FaultMix.Kind.SLOW)).isBetween(140L, 260L);
        assertThat(first).contains(new ScenarioQueue.SlowAnswer(Duration.ofSeconds(5)));
        assertThat(first.stream().filter(f -> f instanceof ScenarioQueue.FailWith))
                .allMatch(f -> Set.of(500, 502, 503).contains(((ScenarioQueue.FailWith) f).status()));
    }

    @Test
    void aFaultLinedUpComesBeforeTheOneDrawnAtRandomAndNoMixMeansNoFaults() {
        // given every request is to fail at random, and one is lined up
        scenarios.failAtRandom(new FaultMix(1, 1.0, 0, 0, 0, 0, Duration.ZERO));
        scenarios.failNext(502, 1);

        // when / then
        scenarios.drawForRequest();
        assertThat(scenarios.poll()).isEqualTo(new ScenarioQueue.FailWith(502));
        scenarios.drawForRequest();
        assertThat(scenarios.poll()).isInstanceOf(ScenarioQueue.FailWith.class);
        assertThat(scenarios.injected()).containsEntry(FaultMix.Kind.SERVER_ERROR, 1L);
        scenarios.failAtRandom(FaultMix.none());
        scenarios.drawForRequest();
        assertThat(scenarios.poll()).isNull();
        assertThat(scenarios.pollSpoiled()).isNull();
    }

    @Test
    void faultRatesOutsideZeroToOneOrAddingUpToMoreThanOneAreRefused() {
        assertThatThrownBy(() -> new FaultMix(1, 1.5, 0, 0, 0, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultMix(1, 0.6, 0.6, 0, 0, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the fault rates add up to more than 1");
        assertThatThrownBy(() -> new FaultMix(1, 0, 0, 0, 0, 0.1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The fault each of {@code count} requests meets, as the endpoints meet them: a scenario, else a spoiling. */
    private List<Object> requestsMeeting(FaultMix mix, int count) {
        scenarios.failAtRandom(mix);
        List<Object> met = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            scenarios.drawForRequest();
            Object scenario = scenarios.poll();
            met.add(scenario != null ? scenario : Objects.requireNonNullElse(scenarios.pollSpoiled(), "served"));
        }
        return met;
    }
}
