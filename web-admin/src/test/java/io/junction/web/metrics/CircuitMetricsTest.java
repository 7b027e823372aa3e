package io.junction.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.junction.connectors.kit.PlatformCircuit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CircuitMetricsTest {

    @Test
    void eachPlatformShowsOneForTheStateItsCircuitIsInAndFollowsItsChanges() {
        // given JD's circuit closed and Taobao's open
        AtomicReference<CircuitBreaker.State> jd = new AtomicReference<>(CircuitBreaker.State.CLOSED);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new CircuitMetrics(
                        List.of(circuit("JD", jd), circuit("TAOBAO", new AtomicReference<>(CircuitBreaker.State.OPEN))))
                .bindTo(registry);

        // when JD's circuit opens too
        double jdOpenBefore = state(registry, "JD", "open");
        jd.set(CircuitBreaker.State.OPEN);

        // then
        assertThat(jdOpenBefore).isZero();
        assertThat(state(registry, "JD", "open")).isEqualTo(1);
        assertThat(state(registry, "JD", "closed")).isZero();
        assertThat(state(registry, "TAOBAO", "open")).isEqualTo(1);
        assertThat(state(registry, "TAOBAO", "half_open")).isZero();
    }

    private static double state(SimpleMeterRegistry registry, String platform, String state) {
        return registry.get("junction.circuit.state")
                .tag("platform", platform)
                .tag("state", state)
                .gauge()
                .value();
    }

    private static PlatformCircuit circuit(String platform, AtomicReference<CircuitBreaker.State> state) {
        return new PlatformCircuit() {
            @Override
            public String platform() {
                return platform;
            }

            @Override
            public CircuitBreaker.State circuitState() {
                return state.get();
            }
        };
    }
}
