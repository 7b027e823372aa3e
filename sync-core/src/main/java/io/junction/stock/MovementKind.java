package io.junction.stock;

/** What a stock movement did; stored by name. Each kind moves on hand, reserved, or both, by its quantity. */
public enum MovementKind {
    /** Goods received into the warehouse: on hand up. */
    RECEIPT(1, 0),
    /** Units promised to an allocated order: reserved up. */
    RESERVE(0, 1),
    /** A reservation given back (a cancelled, stopped or resolved order): reserved down. */
    RELEASE(0, -1),
    /** Units that left with a shipped package: on hand and reserved down. */
    DEDUCT(-1, -1),
    /** A count corrected by a person, with a reason: on hand by the signed quantity. */
    ADJUSTMENT(1, 0),
    /** Units a buyer sent back, put on the shelf again: on hand up. */
    RETURN(1, 0);

    private final int onHandSign;
    private final int reservedSign;

    MovementKind(int onHandSign, int reservedSign) {
        this.onHandSign = onHandSign;
        this.reservedSign = reservedSign;
    }

    /** How a movement of {@code quantity} changes on hand. */
    public int onHandChange(int quantity) {
        return onHandSign * quantity;
    }

    /** How a movement of {@code quantity} changes reserved. */
    public int reservedChange(int quantity) {
        return reservedSign * quantity;
    }

    /** Whether a movement of {@code quantity} makes more units available for allocation. */
    public boolean bringsStock(int quantity) {
        return onHandChange(quantity) - reservedChange(quantity) > 0;
    }
}
