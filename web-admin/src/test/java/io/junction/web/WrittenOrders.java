package io.junction.web;

import io.junction.order.OrderRowWriter;
import io.junction.order.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many orders written set-wise, as the intake writes them, for tests past the order list's count cap; removed
 * again by {@link #removeAll}, since the application and its database are shared with other tests.
 */
public final class WrittenOrders {

    private final JdbcTemplate jdbc;
    private final List<Long> written = new ArrayList<>();

    public WrittenOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code count} paid orders of one {@code sku} lamp (9.99), waiting for review in the shop, 500 rows a batch. */
    public void waitingForReview(long shopId, String sku, int count) {
        OrderRowWriter writer = new OrderRowWriter(jdbc);
        for (int from = 0; from < count; from += 500) {
            List<OrderRowWriter.NewOrder> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 500); i++) {
                batch.add(new OrderRowWriter.NewOrder(
                        PaidOrders.ofLamps(sku, 1, "9.99"), OrderStatus.PENDING_AUDIT, null));
            }
            written.addAll(writer.insertOrders(shopId, "AMAZON", batch, Instant.now()));
        }
    }

    /** Deletes every order written here, with its tags and history, a thousand at a time. */
    public void removeAll() {
        for (int from = 0; from < written.size(); from += 1000) {
            String ids = String.join(
                    ",",
                    written.subList(from, Math.min(written.size(), from + 1000)).stream()
                            .map(String::valueOf)
                            .toList());
            for (String table : List.of("oms_order_tag", "oms_order_history")) {
                jdbc.update("DELETE FROM " + table + " WHERE order_id IN (" + ids + ")");
            }
            jdbc.update("DELETE FROM oms_order WHERE id IN (" + ids + ")");
        }
        written.clear();
    }
}
