package io.junction.order;

/**
 * A refused action on one order, with a reason a person can act on. Batch actions report it per
 * order; it rolls back only that order's work. A {@link Refusal} says the reason as a code, for the
 * pages and the API to put in the reader's language; without one (a carrier's or a platform's own
 * words) the message is shown as it is.
 */
public class OrderActionException extends RuntimeException {
    private final long orderId;
    private final transient Refusal refusal;

    public OrderActionException(long orderId, String reason) {
        this(orderId, null, reason);
    }

    /** A refusal with its code and arguments, and the same reason in English for logs. */
    public OrderActionException(long orderId, Refusal refusal, String reason) {
        super(reason);
        this.orderId = orderId;
        this.refusal = refusal;
    }

    public long orderId() {
        return orderId;
    }

    /** The reason as a code and its arguments, or null when only the message says it. */
    public Refusal refusal() {
        return refusal;
    }
}
