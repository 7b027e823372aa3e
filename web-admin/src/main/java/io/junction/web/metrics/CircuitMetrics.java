package io.junction.web.metrics;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.junction.connectors.kit.PlatformCircuit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Each platform's circuit breaker as {@code junction.circuit.state}: one gauge per platform and state
 * (tags {@code platform}, {@code state}), 1 for the state the circuit is in and 0 for the others, so an
 * alert can watch {@code state="open"}.
 */
@Component
public class CircuitMetrics implements MeterBinder {

    private final List<PlatformCircuit> circuits;

    public CircuitMetrics(List<PlatformCircuit> circuits) {
        this.circuits = circuits;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (PlatformCircuit circuit : circuits) {
            for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
                Gauge.builder("junction.circuit.state", circuit, c -> c.circuitState() == state ? 1 : 0)
                        .description("1 while the platform's circuit breaker is in this state")
                        .tag("platform", circuit.platform())
                        .tag("state", state.name().toLowerCase())
                        // the gauge holds the connector, whoever else does (a weak reference would read NaN)
                        .strongReference(true)
                        .register(registry);
            }
        }
    }
}
