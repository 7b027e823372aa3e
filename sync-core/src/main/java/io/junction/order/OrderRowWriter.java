package io.junction.order;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.persistence.UtcInstantTypeHandler;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts new orders, their lines and their history, each list in one multi-row {@code INSERT} with
 * positional parameters bound by hand. The sync writes a page of orders this way: MyBatis would
 * evaluate every one of the page's thousands of {@code #{}} parameters by reflection through a
 * {@code <foreach>}, which cost more than the database's work. The statements run on the caller's
 * connection through {@link JdbcTemplate}, so they join the caller's Spring transaction. Times are
 * bound exactly as {@link UtcInstantTypeHandler} binds them for MyBatis: UTC wall time to the millisecond.
 * The caller keeps each list to a size that one statement carries comfortably (a few hundred rows).
 */
@Repository
public class OrderRowWriter {

    private static final String ORDER_INSERT = "INSERT INTO oms_order (shop_id, platform, platform_order_id,"
            + " platform_status, status, status_reason, marketplace_id, buyer_name, buyer_note, ship_name, ship_company,"
            + " ship_line1, ship_line2, ship_city, ship_state, ship_postal_code, ship_country, ship_phone, currency,"
            + " order_total, ship_by, platform_created_at, platform_updated_at, created_at, updated_at, version) VALUES ";
    private static final String ORDER_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)";

    private static final String LINE_INSERT = "INSERT INTO oms_order_line (order_id, platform_line_id, platform_sku, title,"
            + " quantity, unit_price, sku_id, reserved) VALUES ";
    private static final String LINE_ROW = "(?,?,?,?,?,?,?,FALSE)";

    private static final String HISTORY_INSERT = "INSERT INTO oms_order_history (order_id, from_status, to_status, actor,"
            + " reason, occurred_at) VALUES ";
    private static final String HISTORY_ROW = "(?,?,?,?,?,?)";

    private static final UtcInstantTypeHandler TIMES = new UtcInstantTypeHandler();

    private final JdbcTemplate jdbc;

    public OrderRowWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A platform order about to be inserted, with the status it enters at and why (null unless excepted). */
    public record NewOrder(ChannelOrder order, OrderStatus status, String reason) {}

    /** An order line about to be inserted, paired with a warehouse SKU or not ({@code skuId} null). */
    public record NewLine(long orderId, ChannelOrder.Line line, Long skuId) {}

    /** A history row about to be inserted. */
    public record NewHistory(long orderId, OrderStatus from, OrderStatus to, String actor, String reason) {}

    /**
     * Inserts new orders of one shop at version 0, created and updated at {@code now}. Their ids are
     * read back with {@link OrderMapper#findKeysByPlatformIds}, which holds on every database and
     * auto-increment setting.
     */
    public void insertOrders(long shopId, String platform, List<NewOrder> orders, Instant now) {
        if (orders.isEmpty()) {
            return;
        }
        jdbc.update(statement(ORDER_INSERT, ORDER_ROW, orders.size()), ps -> {
            int p = 1;
            for (NewOrder row : orders) {
                ChannelOrder o = row.order();
                Address to = o.shipTo();
                ps.setLong(p++, shopId);
                ps.setString(p++, platform);
                ps.setString(p++, o.platformOrderId());
                ps.setString(p++, o.platformStatus());
                ps.setString(p++, name(row.status()));
                ps.setString(p++, row.reason());
                ps.setString(p++, o.marketplaceId());
                ps.setString(p++, o.buyerName());
                ps.setString(p++, o.buyerNote());
                ps.setString(p++, to == null ? null : to.name());
                ps.setString(p++, to == null ? null : to.company());
                ps.setString(p++, to == null ? null : to.line1());
                ps.setString(p++, to == null ? null : to.line2());
                ps.setString(p++, to == null ? null : to.city());
                ps.setString(p++, to == null ? null : to.state());
                ps.setString(p++, to == null ? null : to.postalCode());
                ps.setString(p++, to == null ? null : to.countryCode());
                ps.setString(p++, to == null ? null : to.phone());
                ps.setString(p++, o.currency());
                ps.setBigDecimal(p++, o.total());
                setTime(ps, p++, o.shipBy());
                setTime(ps, p++, o.createdAt());
                setTime(ps, p++, o.updatedAt());
                setTime(ps, p++, now);
                setTime(ps, p++, now);
            }
        });
    }

    /** Inserts order lines, unreserved. */
    public void insertLines(List<NewLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.update(statement(LINE_INSERT, LINE_ROW, lines.size()), ps -> {
            int p = 1;
            for (NewLine row : lines) {
                ChannelOrder.Line l = row.line();
                ps.setLong(p++, row.orderId());
                ps.setString(p++, l.platformLineId());
                ps.setString(p++, l.sku());
                ps.setString(p++, l.title());
                ps.setInt(p++, l.quantity());
                ps.setBigDecimal(p++, l.unitPrice());
                if (row.skuId() == null) {
                    ps.setNull(p++, Types.BIGINT);
                } else {
                    ps.setLong(p++, row.skuId());
                }
            }
        });
    }

    /** Inserts history rows, all at {@code now}. */
    public void insertHistories(List<NewHistory> entries, Instant now) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.update(statement(HISTORY_INSERT, HISTORY_ROW, entries.size()), ps -> {
            int p = 1;
            for (NewHistory h : entries) {
                ps.setLong(p++, h.orderId());
                ps.setString(p++, name(h.from()));
                ps.setString(p++, name(h.to()));
                ps.setString(p++, h.actor());
                ps.setString(p++, h.reason());
                setTime(ps, p++, now);
            }
        });
    }

    private static String statement(String insert, String row, int rows) {
        StringBuilder sql = new StringBuilder(insert.length() + rows * (row.length() + 1));
        sql.append(insert).append(row);
        for (int i = 1; i < rows; i++) {
            sql.append(',').append(row);
        }
        return sql.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void setTime(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            TIMES.setNonNullParameter(ps, index, value, null);
        }
    }
}
