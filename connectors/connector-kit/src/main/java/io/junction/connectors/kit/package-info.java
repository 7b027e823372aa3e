/**
 * What every marketplace client shares: {@link io.junction.connectors.kit.PlatformCall} runs one remote
 * call under the seller account's quota, the platform's circuit breaker and retries with back-off, and
 * {@link io.junction.connectors.kit.PlatformHttp} reads a shop's endpoint and posts one attempt;
 * {@link io.junction.connectors.kit.NoAnswerException} says a write may have reached the platform but no
 * answer came; {@link io.junction.connectors.kit.WriteOutcome} turns that into an unknown outcome. Each
 * client configures what is its platform's own: which answers are retried, how long to pause, how the
 * quota key is built. Translators read the platforms' answers through
 * {@link io.junction.connectors.kit.JsonFields}; an order they cannot read is a
 * {@link io.junction.connectors.kit.MalformedPayload}.
 */
package io.junction.connectors.kit;
