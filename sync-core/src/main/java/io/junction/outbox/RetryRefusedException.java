package io.junction.outbox;

import io.junction.order.Refusal;

/** A row of a queue a person works that cannot be retried as it stands; nothing was changed. */
public class RetryRefusedException extends RuntimeException {

    /** The confirmation is confirmed already: {@code (id)}. */
    public static final String ALREADY_CONFIRMED = "already-confirmed";
    /** The row waits in its queue already, or is being sent: {@code (id)}. */
    public static final String ALREADY_QUEUED = "already-queued";
    /** The carrier cancelled the parcel already: {@code (id)}. */
    public static final String ALREADY_CANCELLED = "already-cancelled";
    /** No row of that id in scope: {@code (id)}. */
    public static final String NO_SUCH_ROW = "no-such-row";

    private final transient Refusal refusal;

    /** A refusal of row {@code id}: {@code code} is one of the codes above, each taking the row's id. */
    public RetryRefusedException(String code, long id, String message) {
        super(message);
        this.refusal = Refusal.of(code, id);
    }

    public Refusal refusal() {
        return refusal;
    }
}
