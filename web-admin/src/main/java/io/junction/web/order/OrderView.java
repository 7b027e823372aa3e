package io.junction.web.order;

import io.junction.order.Order;
import io.junction.order.OrderStatus;
import io.junction.order.WriteBackStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** An order as the list shows it and the API returns it. */
public record OrderView(
        long id,
        long shopId,
        String platform,
        String platformOrderId,
        String platformStatus,
        OrderStatus status,
        String statusReason,
        WriteBackStatus writeBackStatus,
        String buyerName,
        String shipName,
        String shipCountry,
        String currency,
        BigDecimal total,
        Instant shipBy,
        Instant platformCreatedAt,
        Instant platformUpdatedAt,
        int version) {

    static OrderView of(Order o) {
        return new OrderView(o.id(), o.shopId(), o.platform(), o.platformOrderId(), o.platformStatus(), o.status(),
                o.statusReason(), o.writeBackStatus(), o.buyerName(), o.shipName(), o.shipCountry(), o.currency(),
                o.orderTotal(), o.shipBy(), o.platformCreatedAt(), o.platformUpdatedAt(), o.version());
    }
}
