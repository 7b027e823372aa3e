package io.junction.connectors.kit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * A connector whose calls go through its platform's circuit breaker ({@link PlatformCall}), so that an
 * operator can watch the circuit: metrics read each connector's state.
 */
public interface PlatformCircuit {

    /** The platform code, as shops store it ({@code AMAZON}). */
    String platform();

    /** The platform's circuit: CLOSED, OPEN (calls fail fast) or HALF_OPEN (trial calls). */
    CircuitBreaker.State circuitState();
}
