package io.junction.order;

/**
 * A refused action on one order, with a reason a person can act on. Batch actions report it per
 * order; it rolls back only that order's work.
 */
public class OrderActionException extends RuntimeException {
    private final long orderId;

    public OrderActionException(long orderId, String reason) {
        super(reason);
        this.orderId = orderId;
    }

    public long orderId() {
        return orderId;
    }
}
