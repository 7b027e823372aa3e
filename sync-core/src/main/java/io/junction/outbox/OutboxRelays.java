package io.junction.outbox;

import java.time.Clock;
import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the relay of each outbox, sharing the lease's SQL, the transactions and the clock, and reads an outbox's
 * settings under its own prefix ({@code junction.write-back.*}, {@code junction.parcel-cancellation.*}, …). A relay
 * claims in READ COMMITTED (see {@link OutboxRelay#claimDue}).
 */
@Component
public class OutboxRelays {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(5);
    private static final int BATCH_SIZE = 50;

    private final OutboxLeaseMapper leases;
    private final TransactionTemplate tx;
    private final TransactionTemplate claims;
    private final Clock clock;
    private final Environment environment;

    public OutboxRelays(
            OutboxLeaseMapper leases, PlatformTransactionManager txManager, Clock clock, Environment environment) {
        this.leases = leases;
        this.tx = new TransactionTemplate(txManager);
        this.claims = new TransactionTemplate(txManager);
        claims.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.environment = environment;
    }

    public <R extends OutboxRow> OutboxRelay<R> relay(Outbox<R> outbox, OutboxRelay.Settings settings) {
        return new OutboxRelay<>(outbox, settings, leases, claims, tx, clock);
    }

    /**
     * The relay of an outbox set up under {@code prefix}: {@code max-attempts} (by default {@code maxAttempts})
     * and {@code first-retry} (by default 30 seconds).
     *
     * @param lease longer than one row's attempt can take
     */
    public <R extends OutboxRow> OutboxRelay<R> relay(
            Outbox<R> outbox, String prefix, Duration lease, int maxAttempts) {
        return relay(
                outbox,
                new OutboxRelay.Settings(
                        lease,
                        environment.getProperty(prefix + ".max-attempts", Integer.class, maxAttempts),
                        environment.getProperty(prefix + ".first-retry", Duration.class, FIRST_RETRY)));
    }

    /**
     * The relay on a poller set up under {@code prefix}: {@code poll-interval} (by default 5 seconds),
     * {@code batch-size} (50) and {@code relay-enabled} (true).
     */
    public IntegrationFlow flow(OutboxRelay<?> relay, String prefix) {
        return relay.flow(
                environment.getProperty(prefix + ".poll-interval", Duration.class, POLL_INTERVAL),
                environment.getProperty(prefix + ".batch-size", Integer.class, BATCH_SIZE),
                environment.getProperty(prefix + ".relay-enabled", Boolean.class, true));
    }
}
