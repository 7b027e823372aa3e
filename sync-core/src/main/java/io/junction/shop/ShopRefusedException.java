package io.junction.shop;

import io.junction.order.RefusedChangeException;
import java.util.List;

/**
 * A shop that cannot be added or changed as asked, with every reason; nothing was changed. A
 * {@link #conflict()} is a clash with another shop (a duplicate name) rather than a malformed shop.
 */
public class ShopRefusedException extends RefusedChangeException {

    public ShopRefusedException(List<Problem> problems, boolean conflict) {
        super(problems, conflict);
    }
}
