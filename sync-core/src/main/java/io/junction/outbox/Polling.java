package io.junction.outbox;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.IntegrationFlowBuilder;
import org.springframework.integration.dsl.Pollers;

/**
 * Work on a poller, the way every node runs its background loops: the next poll starts {@code interval}
 * after the previous one ended, and a node whose setting says so never starts polling. What is polled
 * must be safe on several nodes at once (claims, leases, idempotent writes).
 */
public final class Polling {

    private Polling() {}

    /** A flow that runs {@code work} on the poller and keeps nothing of what it answers. */
    public static IntegrationFlow every(Duration interval, boolean enabled, Runnable work) {
        return from(interval, enabled, () -> {
                    work.run();
                    return null;
                })
                .nullChannel();
    }

    /** The start of a flow whose messages are what {@code source} answers on the poller (none when null). */
    public static <T> IntegrationFlowBuilder from(Duration interval, boolean enabled, Supplier<T> source) {
        return IntegrationFlow.fromSupplier(
                source, spec -> spec.poller(Pollers.fixedDelay(interval)).autoStartup(enabled));
    }
}
