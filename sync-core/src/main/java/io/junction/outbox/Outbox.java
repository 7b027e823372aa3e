package io.junction.outbox;

import java.time.Instant;
import java.util.List;

/** What one outbox supplies to its {@link OutboxRelay}: its rows, its call and its settlement. */
public interface Outbox<R extends OutboxRow> {

    /**
     * The outbox's table: {@code id}, {@code status} ({@code PENDING} while due) and {@code attempts}
     * and {@code next_attempt_at} columns, which the relay's lease uses.
     */
    String table();

    /** Locks up to {@code limit} due rows that no other relay holds (FOR UPDATE SKIP LOCKED). */
    List<R> lockDue(Instant now, int limit);

    /** The same row as a relay holds it: its next attempt pushed to the end of the relay's lease. */
    R leasedUntil(R row, Instant until);

    /**
     * Makes the call for one claimed row, outside any transaction, and settles the row with the
     * answer in a transaction of its own. The relay has renewed the row's lease just before.
     */
    void attempt(R row);
}
