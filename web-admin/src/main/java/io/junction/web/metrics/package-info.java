/**
 * Junction's own metrics, beside Spring Boot's, over {@code /actuator/metrics} and in Prometheus's format
 * over {@code /actuator/prometheus} (both ADMIN): sync health per shop and the queues a person must watch,
 * each platform's circuit breaker, and the rate limits' waits and refusals.
 */
package io.junction.web.metrics;
