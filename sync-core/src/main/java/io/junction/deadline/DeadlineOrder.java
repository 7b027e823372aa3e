package io.junction.deadline;

import io.junction.order.OrderStatus;
import java.time.Instant;

/**
 * An order still to ship, by its ship-by.
 *
 * @param projectedShipAt when it would ship at the current pace, after every order due before it; null when
 *     nothing shipped in the pace window (no pace to project with)
 */
public record DeadlineOrder(
        long id,
        long shopId,
        String shopName,
        String platform,
        String platformOrderId,
        OrderStatus status,
        Instant shipBy,
        Instant projectedShipAt) {

    /** The same order projected to ship at {@code at}. */
    DeadlineOrder projected(Instant at) {
        return new DeadlineOrder(id, shopId, shopName, platform, platformOrderId, status, shipBy, at);
    }
}
