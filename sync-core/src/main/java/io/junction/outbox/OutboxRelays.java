package io.junction.outbox;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes the relay of each outbox, sharing the lease's SQL, the transactions and the clock. */
@Component
public class OutboxRelays {

    private final OutboxLeaseMapper leases;
    private final TransactionTemplate tx;
    private final Clock clock;

    public OutboxRelays(OutboxLeaseMapper leases, PlatformTransactionManager txManager, Clock clock) {
        this.leases = leases;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    public <R extends OutboxRow<R>> OutboxRelay<R> relay(Outbox<R> outbox, OutboxRelay.Settings settings) {
        return new OutboxRelay<>(outbox, settings, leases, tx, clock);
    }
}
