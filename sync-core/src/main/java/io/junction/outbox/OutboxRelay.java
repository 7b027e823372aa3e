package io.junction.outbox;

import io.junction.outcome.RelayBackoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays one outbox: claims due rows in a short transaction (SKIP LOCKED, then a lease), renews each
 * row's lease just before its attempt (a batch takes a while; a row whose lease ran out and that
 * another relay took over is left to it), and hands the row to its outbox for the call and the
 * settlement. Several nodes may relay the same outbox. Made by {@link OutboxRelays}.
 *
 * @param <R> the outbox's row
 */
public final class OutboxRelay<R extends OutboxRow> {

    /**
     * How an outbox is relayed.
     *
     * @param lease longer than one row's attempt can take
     * @param maxAttempts unanswered attempts before a row fails
     * @param firstRetry the wait after the first unanswered attempt, doubling after each (see {@link RelayBackoff})
     */
    public record Settings(Duration lease, int maxAttempts, Duration firstRetry) {}

    /**
     * A row as one relay claimed it: the row as it was read, and the end of the lease the relay took on it (the
     * row's {@code next_attempt_at} from then on). The lease is renewed only while the row still holds it, so a
     * relay that stalled past its lease leaves the row to the relay that took it over.
     */
    public record Claim<R>(R row, Instant leasedUntil) {}

    private final Outbox<R> outbox;
    private final Settings settings;
    private final OutboxLeaseMapper leases;
    private final TransactionTemplate claims;
    private final TransactionTemplate tx;
    private final Clock clock;

    OutboxRelay(
            Outbox<R> outbox,
            Settings settings,
            OutboxLeaseMapper leases,
            TransactionTemplate claims,
            TransactionTemplate tx,
            Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.leases = leases;
        this.claims = claims;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Claims up to {@code limit} due rows, leasing them to this relay. The claim's transaction is
     * READ COMMITTED ({@link OutboxRelays}), so that its locking read locks the rows it takes and no gap: under
     * REPEATABLE READ it also locked the gap after the last due row, where every new row of the outbox goes (due
     * now), and a packing station's ship writing its confirmation there while the relay leased its rows deadlocked
     * with it (a 500 at the station, seen in the station load benchmark on MariaDB).
     */
    public List<Claim<R>> claimDue(int limit) {
        return claims.execute(s -> {
            Instant now = clock.instant();
            Instant until = leaseFrom(now);
            List<R> due = outbox.due().lockDue(now, limit);
            if (!due.isEmpty()) {
                leases.lease(outbox.table(), due.stream().map(R::id).toList(), until);
            }
            return due.stream().map(row -> new Claim<>(row, until)).toList();
        });
    }

    /** Attempts one claimed row, unless another relay has it by now. */
    public void attempt(Claim<R> claim) {
        R row = claim.row();
        Instant renewed = leaseFrom(clock.instant());
        Integer taken = tx.execute(
                s -> leases.renewLease(outbox.table(), row.id(), row.attempts(), claim.leasedUntil(), renewed));
        if (taken != null && taken == 1) {
            outbox.call().accept(row);
        }
    }

    /** Attempts every due row once; the relay flow does this on a schedule, tests call it directly. */
    public int relayDue(int limit) {
        List<Claim<R>> due = claimDue(limit);
        due.forEach(this::attempt);
        return due.size();
    }

    /** Runs an outbox's settlement of a row in a transaction of its own. */
    public void settle(Runnable settlement) {
        tx.executeWithoutResult(s -> settlement.run());
    }

    /**
     * Settles an unanswered attempt, in the outbox's settling transaction: another attempt after a
     * jittered back-off, or, once the attempts are used up, failed with the last cause.
     *
     * @param retry takes the next attempt's time and the cause
     * @param fail takes the reason the row failed
     */
    public void unanswered(R row, String cause, BiConsumer<Instant, String> retry, Consumer<String> fail) {
        int attempt = row.attempts() + 1;
        if (attempt >= settings.maxAttempts()) {
            fail.accept("No answer after " + settings.maxAttempts() + " attempts: " + cause);
        } else {
            retry.accept(clock.instant().plus(RelayBackoff.after(settings.firstRetry(), attempt)), cause);
        }
    }

    /**
     * The relay as a Spring Integration flow: a poller claims due rows every {@code interval}, a
     * splitter hands each to {@link #attempt}.
     */
    @SuppressWarnings("unchecked") // the splitter's payloads are this relay's own claims
    public IntegrationFlow flow(Duration interval, int batchSize, boolean enabled) {
        return Polling.from(interval, enabled, () -> claimDue(batchSize))
                .split()
                .handle(Claim.class, (claim, headers) -> {
                    attempt(claim);
                    return null;
                })
                .get();
    }

    /** The end of a lease taken now, to the millisecond the database keeps, so that a renewal finds it. */
    private Instant leaseFrom(Instant now) {
        return now.plus(settings.lease()).truncatedTo(ChronoUnit.MILLIS);
    }
}
