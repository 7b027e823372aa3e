package io.junction.connectors.kit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** A marketplace's HTTP client: every call it makes goes through its platform's circuit ({@link PlatformCall}). */
public interface PlatformClient {

    /** The platform's circuit: CLOSED, OPEN (calls fail fast) or HALF_OPEN (trial calls). */
    CircuitBreaker.State circuitState();
}
