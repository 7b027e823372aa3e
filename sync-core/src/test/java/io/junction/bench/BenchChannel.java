package io.junction.bench;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.outcome.RemoteOutcome;
import io.junction.testing.MemoryChannel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A marketplace in memory that serves each shop's orders in pages of a fixed size, whatever the
 * window: no HTTP, no translation, so the benchmark measures the sync path from the page on.
 */
class BenchChannel extends MemoryChannel {

    static final String PLATFORM = "BENCH";

    private final Map<Long, List<ChannelOrder>> orders = new ConcurrentHashMap<>();
    private final int pageSize;

    BenchChannel(int pageSize) {
        super(PLATFORM);
        this.pageSize = pageSize;
    }

    void serve(long shopId, List<ChannelOrder> shopOrders) {
        orders.put(shopId, List.copyOf(shopOrders));
    }

    @Override
    public OrderPage fetchUpdatedOrders(ShopAccess shop, SyncWindow window, String pageToken) {
        List<ChannelOrder> all = orders.getOrDefault(shop.shopId(), List.of());
        int from = pageToken == null ? 0 : Integer.parseInt(pageToken);
        int to = Math.min(all.size(), from + pageSize);
        return new OrderPage(all.subList(from, to), List.of(), to < all.size() ? String.valueOf(to) : null);
    }

    @Override
    public OrderPage fetchOrder(ShopAccess shop, String platformOrderId) {
        throw new UnsupportedOperationException("the benchmark retries nothing");
    }

    @Override
    public RemoteOutcome<Void> confirmShipment(ShopAccess shop, ShipmentConfirmation confirmation) {
        throw new UnsupportedOperationException("the benchmark ships nothing");
    }
}
