package io.junction.outbox;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one outbox supplies to its {@link OutboxRelay}: its rows, its call and its settlement.
 *
 * @param table the outbox's table: {@code id}, {@code status} ({@code PENDING} while due) and the
 *     {@code attempts} and {@code next_attempt_at} columns, which the relay's lease uses
 * @param due locks up to {@code limit} due rows that no other relay holds (FOR UPDATE SKIP LOCKED)
 * @param call makes the call for one claimed row, outside any transaction, and settles the row with the
 *     answer in a transaction of its own; the relay has renewed the row's lease just before
 */
public record Outbox<R extends OutboxRow>(String table, DueRows<R> due, Consumer<R> call) {

    /** Locks due rows of an outbox: each outbox's mapper, its SQL beside the mapper's own. */
    @FunctionalInterface
    public interface DueRows<R> {

        /** Locks up to {@code limit} due rows that no other relay holds (FOR UPDATE SKIP LOCKED). */
        List<R> lockDue(Instant now, int limit);
    }
}
