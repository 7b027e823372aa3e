package io.junction.order;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.persistence.Rows;
import io.junction.persistence.UtcInstantTypeHandler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inserts new orders, their lines and their history, each list in one multi-row {@code INSERT} with positional
 * parameters bound by hand, and moves orders set-wise in one guarded {@code UPDATE} bound the same way. The sync writes
 * a page of orders this way: MyBatis would evaluate every one of the page's thousands of {@code #{}} parameters by
 * reflection through a {@code <foreach>}, which cost more than the database's work. The statements run on the caller's
 * connection through {@link JdbcTemplate}, so they join the caller's Spring transaction. Times are bound exactly as
 * {@link UtcInstantTypeHandler} binds them for MyBatis: UTC wall time to the millisecond. The caller keeps each list to
 * a size that one statement carries comfortably (a few hundred rows).
 */
@Repository
public class OrderRowWriter {

    /** The columns a new order fills, in the order {@link #bindOrders} binds them. */
    public static final String ORDER_COLUMNS = "shop_id, platform, platform_order_id,"
            + " platform_status, platform_state, status, status_reason, marketplace_id, buyer_name, buyer_note, ship_name, ship_company,"
            + " ship_line1, ship_line2, ship_city, ship_state, ship_postal_code, ship_country, ship_phone, currency,"
            + " order_total, ship_by, platform_created_at, platform_updated_at, created_at, updated_at, version";
    /** One new order's values: every column a parameter but {@code version}, which starts at 0. */
    public static final String ORDER_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)";

    private static final String ORDER_INSERT = "INSERT INTO oms_order (" + ORDER_COLUMNS + ") VALUES ";

    private static final String LINE_INSERT =
            "INSERT INTO oms_order_line (order_id, platform_line_id, platform_sku, title,"
                    + " quantity, unit_price, sku_id, reserved) VALUES ";
    private static final String LINE_ROW = "(?,?,?,?,?,?,?,FALSE)";

    private static final String HISTORY_INSERT =
            "INSERT INTO oms_order_history (order_id, from_status, to_status, actor," + " reason, occurred_at) VALUES ";
    private static final String HISTORY_ROW = "(?,?,?,?,?,?)";

    private static final String MOVE = "UPDATE oms_order SET status = ?, held_from_status = ?, status_reason = ?,"
            + " updated_at = ?, version = version + 1";
    private static final String MOVE_WHERE = " WHERE status = ? AND id IN ";

    private static final UtcInstantTypeHandler TIMES = new UtcInstantTypeHandler();

    /** How the ids of a multi-row insert are learnt. */
    public enum KeyReading {
        /** Ask the database once which of the two below holds for it. */
        DETECT,
        /** The statement's generated keys, which the database assigns consecutively, in row order. */
        GENERATED,
        /** A read back by platform order id, which holds on every database and auto-increment setting. */
        READ_BACK
    }

    private final JdbcTemplate jdbc;
    private volatile KeyReading keyReading;

    @Autowired
    public OrderRowWriter(JdbcTemplate jdbc) {
        this(jdbc, KeyReading.DETECT);
    }

    public OrderRowWriter(JdbcTemplate jdbc, KeyReading keyReading) {
        this.jdbc = jdbc;
        this.keyReading = keyReading;
    }

    /** A platform order about to be inserted, with the status it enters at and why (null unless excepted). */
    public record NewOrder(ChannelOrder order, OrderStatus status, String reason) {}

    /** An order line about to be inserted, paired with a warehouse SKU or not ({@code skuId} null). */
    public record NewLine(long orderId, ChannelOrder.Line line, Long skuId) {}

    /** A history row about to be inserted. */
    public record NewHistory(long orderId, OrderStatus from, OrderStatus to, String actor, String reason) {}

    /**
     * Inserts new orders of one shop at version 0, created and updated at {@code now}, and answers
     * their ids in the order given. The ids come from the statement's generated keys where the
     * database assigns a multi-row insert's keys consecutively (H2; MySQL and MariaDB with
     * {@code innodb_autoinc_lock_mode} 0 or 1, MariaDB's default), and are read back otherwise.
     */
    public List<Long> insertOrders(long shopId, String platform, List<NewOrder> orders, Instant now) {
        if (orders.isEmpty()) {
            return List.of();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String sql = Rows.repeated(ORDER_INSERT, ORDER_ROW, orders.size());
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    bindOrders(ps, shopId, platform, orders, now);
                    return ps;
                },
                keys);
        List<Map<String, Object>> generated = keys.getKeyList();
        if (keyReading() == KeyReading.GENERATED && generated.size() == orders.size()) {
            List<Long> ids = new ArrayList<>(orders.size());
            for (Map<String, Object> key : generated) {
                ids.add(((Number) key.values().iterator().next()).longValue());
            }
            return ids;
        }
        return readBack(shopId, orders);
    }

    /**
     * Binds {@code orders} from the first parameter on, one {@link #ORDER_ROW} each, created and updated at
     * {@code now}.
     */
    public static void bindOrders(
            PreparedStatement ps, long shopId, String platform, List<NewOrder> orders, Instant now)
            throws SQLException {
        int p = 1;
        for (NewOrder row : orders) {
            ChannelOrder o = row.order();
            Address to = o.shipTo();
            ps.setLong(p++, shopId);
            ps.setString(p++, platform);
            ps.setString(p++, o.platformOrderId());
            ps.setString(p++, o.platformStatus());
            ps.setString(p++, name(o.state()));
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
    }

    private List<Long> readBack(long shopId, List<NewOrder> orders) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, platform_order_id FROM oms_order WHERE shop_id = ? AND platform_order_id IN (?");
        sql.append(",?".repeat(orders.size() - 1)).append(')');
        Map<String, Long> byPlatformId = new HashMap<>();
        jdbc.query(
                sql.toString(),
                ps -> {
                    ps.setLong(1, shopId);
                    for (int i = 0; i < orders.size(); i++) {
                        ps.setString(i + 2, orders.get(i).order().platformOrderId());
                    }
                },
                rs -> {
                    byPlatformId.put(rs.getString(2), rs.getLong(1));
                });
        List<Long> ids = new ArrayList<>(orders.size());
        for (NewOrder row : orders) {
            Long id = byPlatformId.get(row.order().platformOrderId());
            if (id == null) {
                throw new IllegalStateException(
                        "order " + row.order().platformOrderId() + " was inserted but cannot be read back");
            }
            ids.add(id);
        }
        return ids;
    }

    private KeyReading keyReading() {
        KeyReading known = keyReading;
        if (known == KeyReading.DETECT) {
            known = jdbc.execute((ConnectionCallback<KeyReading>) OrderRowWriter::detect);
            keyReading = known;
        }
        return known;
    }

    /** GENERATED where the database numbers a multi-row insert's rows consecutively, READ_BACK elsewhere. */
    static KeyReading detect(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        Integer lockMode = null;
        if (isMySqlFamily(product)) {
            try (Statement st = connection.createStatement();
                    var rs = st.executeQuery("SELECT @@innodb_autoinc_lock_mode")) {
                lockMode = rs.next() ? rs.getInt(1) : null;
            }
        }
        return keyReading(product, lockMode);
    }

    /**
     * GENERATED for H2, and for MySQL or MariaDB whose {@code innodb_autoinc_lock_mode} is 0
     * (traditional) or 1 (consecutive); READ_BACK for mode 2 (interleaved, MySQL 8's default), an
     * unknown mode and any other database.
     */
    static KeyReading keyReading(String product, Integer autoIncrementLockMode) {
        if (product.toLowerCase(Locale.ROOT).contains("h2")) {
            return KeyReading.GENERATED;
        }
        if (isMySqlFamily(product) && autoIncrementLockMode != null && autoIncrementLockMode <= 1) {
            return KeyReading.GENERATED;
        }
        return KeyReading.READ_BACK;
    }

    private static boolean isMySqlFamily(String product) {
        String name = product.toLowerCase(Locale.ROOT);
        return name.contains("mysql") || name.contains("mariadb");
    }

    /** Inserts order lines, unreserved. */
    public void insertLines(List<NewLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.update(Rows.repeated(LINE_INSERT, LINE_ROW, lines.size()), ps -> {
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
        jdbc.update(Rows.repeated(HISTORY_INSERT, HISTORY_ROW, entries.size()), ps -> {
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

    /**
     * Moves each order of {@code seen} that is still in {@code from} at the version it was read, in one guarded
     * update, with the status a hold returns to and the reason shown on the order (both null but for a hold, an
     * exception or a cancellation); answers how many moved. The same update sets the logistics method of the orders
     * {@code methods} names (order id to method id; the others keep theirs) and, when {@code allocating}, clears every
     * order's allocation block: the indexes that hold the method and the block change once with the status, not in
     * an update of their own.
     */
    public int moveAll(
            List<Order> seen,
            OrderStatus from,
            OrderStatus to,
            OrderStatus heldFrom,
            String statusReason,
            Instant now,
            Map<Long, Long> methods,
            boolean allocating) {
        if (seen.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder(MOVE);
        if (allocating) {
            sql.append(", allocation_block = NULL");
        }
        if (!methods.isEmpty()) {
            sql.append(", logistics_method_id = CASE id")
                    .append(" WHEN ? THEN ?".repeat(methods.size()))
                    .append(" ELSE logistics_method_id END");
        }
        sql.append(MOVE_WHERE).append(Rows.parameters(seen.size())).append(" AND ((id = ? AND version = ?)");
        sql.append(" OR (id = ? AND version = ?)".repeat(seen.size() - 1)).append(')');
        return jdbc.update(sql.toString(), ps -> {
            int p = 1;
            Rows.setName(ps, p++, to);
            Rows.setName(ps, p++, heldFrom);
            ps.setString(p++, statusReason);
            Rows.setTime(ps, p++, now);
            for (Map.Entry<Long, Long> method : methods.entrySet()) {
                ps.setLong(p++, method.getKey());
                ps.setLong(p++, method.getValue());
            }
            Rows.setName(ps, p++, from);
            for (Order o : seen) {
                ps.setLong(p++, o.id());
            }
            for (Order o : seen) {
                ps.setLong(p++, o.id());
                ps.setInt(p++, o.version());
            }
        });
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
