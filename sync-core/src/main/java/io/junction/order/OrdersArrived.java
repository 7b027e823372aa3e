package io.junction.order;

import java.util.List;

/**
 * Published in the transaction that creates orders (a page of the intake): after it commits, the rules
 * and checks run on them, outside the intake.
 */
public record OrdersArrived(List<Long> orderIds) {

    public OrdersArrived {
        orderIds = List.copyOf(orderIds);
    }
}
