package io.junction.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
}
