package io.junction.manual;

import io.junction.channel.ChannelConnector;
import io.junction.channel.OrderPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.outcome.RemoteOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The "manual" shop kind: no marketplace behind it. A sync reads nothing and a shipment has nobody to
 * be confirmed to, so its confirmation succeeds at once without a call.
 */
@Component
public class ManualChannel implements ChannelConnector {

    public static final String PLATFORM = "MANUAL";

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Instant newestQueryable(Instant now) {
        return now;
    }

    @Override
    public Duration windowOverlap() {
        return Duration.ZERO;
    }

    @Override
    public OrderPage fetchUpdatedOrders(ShopAccess shop, SyncWindow window, String pageToken) {
        return new OrderPage(List.of(), List.of(), null);
    }

    /** Nothing to tell: a manual order has no marketplace. */
    @Override
    public RemoteOutcome<Void> confirmShipment(ShopAccess shop, ShipmentConfirmation confirmation) {
        return RemoteOutcome.succeeded(null);
    }

    @Override
    public OrderPage fetchOrder(ShopAccess shop, String platformOrderId) {
        return new OrderPage(List.of(), List.of(), null);
    }
}
