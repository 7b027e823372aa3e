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

    /**
     * How a queue's refusals name its rows, e.g. {@code new Queue("confirmation", ALREADY_CONFIRMED, "confirmed",
     * "the outbox")}.
     *
     * @param row what a row is, as a message names it
     * @param finishedCode the refusal of a row that is finished already
     * @param finishedAs how a message says a row is finished
     * @param waitsIn where a message says a row waits to be sent
     */
    public record Queue(String row, String finishedCode, String finishedAs, String waitsIn) {

        /**
         * Why a requeue of row {@code id} changed no row: the row is {@code finished} already, or else it waits to
         * be sent already ({@link #ALREADY_QUEUED}).
         */
        public RetryRefusedException notRequeued(long id, boolean finished) {
            return finished
                    ? new RetryRefusedException(
                            finishedCode, id, row + " " + id + " is " + finishedAs + " already: nothing to retry")
                    : new RetryRefusedException(
                            ALREADY_QUEUED, id, row + " " + id + " waits in " + waitsIn + " already");
        }
    }

    public Refusal refusal() {
        return refusal;
    }
}
