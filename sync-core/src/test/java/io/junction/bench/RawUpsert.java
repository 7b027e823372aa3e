package io.junction.bench;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.OrderRowWriter;
import io.junction.order.OrderRowWriter.NewOrder;
import io.junction.persistence.Rows;
import io.junction.sync.OrderIntake;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The ceiling: the same orders, lines and history rows written with hand-built multi-row
 * {@code INSERT … ON DUPLICATE KEY UPDATE} statements, one transaction per batch, SKUs paired from
 * a map in memory (the order rows bound as {@link OrderRowWriter} binds them). No reads, no merge rules, no
 * reactions.
 */
final class RawUpsert {

    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    private static final String ORDER_UPDATE = " ON DUPLICATE KEY UPDATE platform_status = VALUES(platform_status),"
            + " platform_state = VALUES(platform_state),"
            + " buyer_name = VALUES(buyer_name), buyer_note = VALUES(buyer_note), ship_name = VALUES(ship_name),"
            + " ship_company = VALUES(ship_company), ship_line1 = VALUES(ship_line1), ship_line2 = VALUES(ship_line2),"
            + " ship_city = VALUES(ship_city), ship_state = VALUES(ship_state), ship_postal_code = VALUES(ship_postal_code),"
            + " ship_country = VALUES(ship_country), ship_phone = VALUES(ship_phone), ship_by = VALUES(ship_by),"
            + " platform_updated_at = VALUES(platform_updated_at), updated_at = VALUES(updated_at)";
    private static final String LINE_COLUMNS =
            "order_id, platform_line_id, platform_sku, title, quantity, unit_price, sku_id, reserved";
    private static final String LINE_UPDATE = " ON DUPLICATE KEY UPDATE platform_sku = VALUES(platform_sku),"
            + " title = VALUES(title), quantity = VALUES(quantity), unit_price = VALUES(unit_price)";

    private final DataSource dataSource;
    private final Map<String, Long> skuIds;

    RawUpsert(DataSource dataSource, Map<String, Long> skuIds) {
        this.dataSource = dataSource;
        this.skuIds = skuIds;
    }

    /** Writes every order of the shop in batches of {@code batchSize}, each batch committed on its own. */
    void write(long shopId, List<ChannelOrder> orders, int batchSize, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int from = 0; from < orders.size(); from += batchSize) {
                writeBatch(c, shopId, orders.subList(from, Math.min(orders.size(), from + batchSize)), now);
                c.commit();
            }
            c.setAutoCommit(true);
        }
    }

    private void writeBatch(Connection c, long shopId, List<ChannelOrder> batch, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>(batch.size());
        String orderSql = Rows.repeated(
                        "INSERT INTO oms_order (" + OrderRowWriter.ORDER_COLUMNS + ") VALUES ",
                        OrderRowWriter.ORDER_ROW,
                        batch.size())
                + ORDER_UPDATE;
        try (PreparedStatement ps = c.prepareStatement(orderSql, Statement.RETURN_GENERATED_KEYS)) {
            OrderRowWriter.bindOrders(
                    ps,
                    shopId,
                    BenchChannel.PLATFORM,
                    batch.stream().map(RawUpsert::entering).toList(),
                    now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != batch.size()) {
            ids = reselectIds(c, shopId, batch);
        }
        int lineCount = batch.stream().mapToInt(o -> o.lines().size()).sum();
        String lineSql = "INSERT INTO oms_order_line (" + LINE_COLUMNS + ") VALUES "
                + String.join(",", Collections.nCopies(lineCount, "(" + marks(8) + ")")) + LINE_UPDATE;
        try (PreparedStatement ps = c.prepareStatement(lineSql)) {
            int p = 1;
            for (int i = 0; i < batch.size(); i++) {
                for (ChannelOrder.Line l : batch.get(i).lines()) {
                    ps.setLong(p++, ids.get(i));
                    ps.setString(p++, l.platformLineId());
                    ps.setString(p++, l.sku());
                    ps.setString(p++, l.title());
                    ps.setInt(p++, l.quantity());
                    ps.setBigDecimal(p++, l.unitPrice());
                    Long skuId = skuIds.get(l.sku());
                    if (skuId == null) {
                        ps.setNull(p++, Types.BIGINT);
                    } else {
                        ps.setLong(p++, skuId);
                    }
                    ps.setBoolean(p++, false);
                }
            }
            ps.executeUpdate();
        }
        String historySql =
                "INSERT INTO oms_order_history (order_id, from_status, to_status, actor, reason, occurred_at) VALUES "
                        + String.join(",", Collections.nCopies(batch.size(), "(" + marks(6) + ")"));
        try (PreparedStatement ps = c.prepareStatement(historySql)) {
            int p = 1;
            for (int i = 0; i < batch.size(); i++) {
                ChannelOrder o = batch.get(i);
                ps.setLong(p++, ids.get(i));
                ps.setNull(p++, Types.VARCHAR);
                ps.setString(p++, OrderIntake.entryStatus(o.state()).name());
                ps.setString(p++, "sync");
                ps.setString(p++, "synced from " + BenchChannel.PLATFORM + " as " + o.platformStatus());
                setTime(ps, p++, now);
            }
            ps.executeUpdate();
        }
    }

    private static List<Long> reselectIds(Connection c, long shopId, List<ChannelOrder> batch) throws SQLException {
        Map<String, Long> byPlatformId = new HashMap<>();
        String sql = "SELECT id, platform_order_id FROM oms_order WHERE shop_id = ? AND platform_order_id IN ("
                + marks(batch.size()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, shopId);
            for (int i = 0; i < batch.size(); i++) {
                ps.setString(i + 2, batch.get(i).platformOrderId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byPlatformId.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return batch.stream().map(o -> byPlatformId.get(o.platformOrderId())).toList();
    }

    private static NewOrder entering(ChannelOrder o) {
        return new NewOrder(
                o,
                OrderIntake.entryStatus(o.state()),
                o.state() == PlatformState.REFUND_REQUESTED ? "refund requested" : null);
    }

    private static void setTime(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, LITERAL.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
