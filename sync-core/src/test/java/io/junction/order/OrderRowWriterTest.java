package io.junction.order;

import static io.junction.order.FullOrder.CREATED;
import static io.junction.order.FullOrder.NOW;
import static io.junction.order.FullOrder.SHIP_BY;
import static io.junction.order.FullOrder.UPDATED;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.OrderRowWriter.NewHistory;
import io.junction.order.OrderRowWriter.NewLine;
import io.junction.order.OrderRowWriter.NewOrder;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The plain-JDBC multi-row inserts of the sync, column by column against the real schema, times as UTC to the millisecond. */
class OrderRowWriterTest extends EmptyFakeShopTest {

    @Autowired
    OrderRowWriter writer;

    @Autowired
    PlatformTransactionManager transactionManager;

    ChannelOrder full;
    ChannelOrder sparse;

    @BeforeEach
    void twoPlatformOrders() {
        String id = Fixtures.unique("PO");
        full = FullOrder.of(id);
        sparse = new ChannelOrder(
                id + "-B",
                "RefundRequested",
                PlatformState.REFUND_REQUESTED,
                null,
                CREATED,
                UPDATED,
                null,
                new Address(null, null, null, null, null, null, null, null, null),
                "EUR",
                new BigDecimal("9.99"),
                null,
                List.of(),
                null);
    }

    @Test
    void insertsEveryColumnOfEveryOrderInOneStatement() {
        // when
        Map<String, Long> ids = insertBoth();

        // then
        Map<String, Object> row =
                jdbc.queryForMap("SELECT * FROM oms_order WHERE id = ?", ids.get(full.platformOrderId()));
        assertThat(((Number) row.get("shop_id")).longValue()).isEqualTo(shop.id());
        assertThat(row)
                .containsEntry("platform", "FAKE")
                .containsEntry("platform_order_id", full.platformOrderId())
                .containsEntry("platform_status", "Unshipped")
                .containsEntry("status", "PENDING_AUDIT")
                .containsEntry("marketplace_id", "ATVPDKIKX0DER")
                .containsEntry("buyer_name", "Zhang Wei")
                .containsEntry("buyer_note", "leave at the door")
                .containsEntry("ship_name", "Zhang Wei")
                .containsEntry("ship_company", "Acme Ltd")
                .containsEntry("ship_line1", "350 Fifth Avenue")
                .containsEntry("ship_line2", "Floor 21")
                .containsEntry("ship_city", "New York")
                .containsEntry("ship_state", "NY")
                .containsEntry("ship_postal_code", "10118")
                .containsEntry("ship_country", "US")
                .containsEntry("ship_phone", "+1 212 555 0100")
                .containsEntry("currency", "USD");
        assertThat(row.get("held_from_status")).isNull();
        assertThat(row.get("status_reason")).isNull();
        assertThat(row.get("write_back_status")).isNull();
        assertThat(row.get("logistics_method_id")).isNull();
        assertThat((BigDecimal) row.get("order_total")).isEqualByComparingTo("42.50");
        assertThat(((Number) row.get("version")).intValue()).isZero();

        Map<String, Object> other =
                jdbc.queryForMap("SELECT * FROM oms_order WHERE id = ?", ids.get(sparse.platformOrderId()));
        assertThat(other)
                .containsEntry("status", "EXCEPTION")
                .containsEntry("status_reason", "refund requested")
                .containsEntry("currency", "EUR");
        assertThat(other.get("marketplace_id")).isNull();
        assertThat(other.get("buyer_name")).isNull();
        assertThat(other.get("ship_line1")).isNull();
        assertThat(other.get("ship_by")).isNull();
    }

    @Test
    void answersTheIdsOfTheInsertedOrdersInTheirOrderWhicheverWayTheyAreLearnt() {
        for (OrderRowWriter.KeyReading reading :
                List.of(OrderRowWriter.KeyReading.GENERATED, OrderRowWriter.KeyReading.READ_BACK)) {
            // given three new orders, the middle one with the smallest platform id
            OrderRowWriter byReading = new OrderRowWriter(jdbc, reading);
            String base = Fixtures.unique("PO");
            List<NewOrder> named = List.of("C", "A", "B").stream()
                    .map(suffix -> new NewOrder(withId(full, base + "-" + suffix), OrderStatus.PENDING_AUDIT, null))
                    .toList();

            // when
            List<Long> ids = byReading.insertOrders(shop.id(), "FAKE", named, NOW);

            // then each id is the stored id of the order in the same position
            assertThat(ids).as(reading.name()).hasSize(3).doesNotHaveDuplicates();
            for (int i = 0; i < named.size(); i++) {
                assertThat(orders.findById(ids.get(i)).platformOrderId())
                        .as(reading.name())
                        .isEqualTo(named.get(i).order().platformOrderId());
            }
        }
    }

    @Test
    void generatedKeysAreTrustedOnlyWhereTheDatabaseNumbersRowsConsecutively() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            // H2, and MariaDB 10.11 at its default innodb_autoinc_lock_mode of 1: both number a multi-row insert
            // consecutively
            assertThat(OrderRowWriter.detect(connection)).isEqualTo(OrderRowWriter.KeyReading.GENERATED);
        }
        assertThat(OrderRowWriter.keyReading("MySQL", 0)).isEqualTo(OrderRowWriter.KeyReading.GENERATED);
        assertThat(OrderRowWriter.keyReading("MariaDB", 1)).isEqualTo(OrderRowWriter.KeyReading.GENERATED);
        // MySQL 8's default numbers the rows of concurrent inserts interleaved: the ids are read back
        assertThat(OrderRowWriter.keyReading("MySQL", 2)).isEqualTo(OrderRowWriter.KeyReading.READ_BACK);
        assertThat(OrderRowWriter.keyReading("MySQL", null)).isEqualTo(OrderRowWriter.KeyReading.READ_BACK);
        assertThat(OrderRowWriter.keyReading("PostgreSQL", null)).isEqualTo(OrderRowWriter.KeyReading.READ_BACK);
        assertThat(OrderRowWriter.keyReading("H2", null)).isEqualTo(OrderRowWriter.KeyReading.GENERATED);
    }

    private static ChannelOrder withId(ChannelOrder o, String platformOrderId) {
        return new ChannelOrder(
                platformOrderId,
                o.platformStatus(),
                o.state(),
                o.marketplaceId(),
                o.createdAt(),
                o.updatedAt(),
                o.buyerName(),
                o.shipTo(),
                o.currency(),
                o.total(),
                o.shipBy(),
                o.lines(),
                o.buyerNote());
    }

    @Test
    void timesAreStoredAsUtcWallTimeToTheMillisecond() {
        // when
        Map<String, Long> ids = insertBoth();

        // then the columns hold the UTC wall time, whatever the JVM's or the session's zone
        Map<String, Object> times = jdbc.queryForMap(
                "SELECT platform_created_at, platform_updated_at, ship_by, created_at, updated_at FROM oms_order WHERE id = ?",
                ids.get(full.platformOrderId()));
        assertThat(wallTime(times.get("platform_created_at")))
                .isEqualTo(LocalDateTime.of(2024, 3, 10, 1, 59, 59, 987_000_000));
        assertThat(wallTime(times.get("platform_updated_at")))
                .isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 0, 0, 1_000_000));
        assertThat(wallTime(times.get("ship_by"))).isEqualTo(LocalDateTime.of(2024, 3, 12, 23, 59, 59, 999_000_000));
        assertThat(wallTime(times.get("created_at"))).isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 5, 30, 250_000_000));
        assertThat(wallTime(times.get("updated_at"))).isEqualTo(wallTime(times.get("created_at")));
        Object occurred = jdbc.queryForObject(
                "SELECT occurred_at FROM oms_order_history WHERE order_id = ?",
                Object.class,
                ids.get(full.platformOrderId()));
        assertThat(wallTime(occurred)).isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 5, 30, 250_000_000));

        // and MyBatis reads back exactly the instants written
        Order read = orders.findById(ids.get(full.platformOrderId()));
        assertThat(read.platformCreatedAt()).isEqualTo(CREATED);
        assertThat(read.platformUpdatedAt()).isEqualTo(UPDATED);
        assertThat(read.shipBy()).isEqualTo(SHIP_BY);
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(read.shipTo()).isEqualTo(full.shipTo());
        assertThat(orders.history(read.id()))
                .singleElement()
                .satisfies(h -> assertThat(h.occurredAt()).isEqualTo(NOW));
    }

    @Test
    void insertsLinesUnreservedAndPairedOrNot() {
        // when
        Map<String, Long> ids = insertBoth();

        // then
        List<Map<String, Object>> lines = jdbc.queryForList(
                "SELECT platform_line_id, platform_sku, title, quantity, unit_price, sku_id, reserved FROM oms_order_line"
                        + " WHERE order_id = ? ORDER BY platform_line_id",
                ids.get(full.platformOrderId()));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .containsEntry("platform_line_id", full.platformOrderId() + "-1")
                .containsEntry("platform_sku", "MUG-BLUE")
                .containsEntry("title", "Blue mug");
        assertThat(((Number) lines.get(0).get("quantity")).intValue()).isEqualTo(2);
        assertThat((BigDecimal) lines.get(0).get("unit_price")).isEqualByComparingTo("21.25");
        assertThat(((Number) lines.get(0).get("sku_id")).longValue()).isEqualTo(ids.get("sku"));
        assertThat(lines.get(0).get("reserved")).isIn(false, 0, (byte) 0);
        assertThat(lines.get(1)).containsEntry("title", "Gift wrap");
        assertThat(lines.get(1)).containsEntry("platform_sku", "NOT-IN-THE-WAREHOUSE");
        assertThat(lines.get(1).get("sku_id")).isNull();
        assertThat(lines.get(1).get("reserved")).isIn(false, 0, (byte) 0);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM oms_order_line WHERE order_id = ?",
                        Integer.class,
                        ids.get(sparse.platformOrderId())))
                .isZero();
    }

    @Test
    void insertsHistoryFromNothing() {
        // when
        Map<String, Long> ids = insertBoth();

        // then
        Map<String, Object> entry = jdbc.queryForMap(
                "SELECT from_status, to_status, actor, reason FROM oms_order_history WHERE order_id = ?",
                ids.get(sparse.platformOrderId()));
        assertThat(entry.get("from_status")).isNull();
        assertThat(entry)
                .containsEntry("to_status", "EXCEPTION")
                .containsEntry("actor", "sync")
                .containsEntry("reason", "synced as RefundRequested");
    }

    @Test
    void joinsTheCallersTransaction() {
        // when the caller's transaction rolls back after the inserts
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            insertBoth();
            assertThat(orders.findByPlatformId(shop.id(), full.platformOrderId()))
                    .isNotNull();
            status.setRollbackOnly();
        });

        // then none of the rows stayed
        assertThat(orders.findByPlatformId(shop.id(), full.platformOrderId())).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?", Integer.class, shop.id()))
                .isZero();
    }

    private Map<String, Long> storedIds() {
        Map<String, Long> stored = new HashMap<>();
        for (String platformOrderId : List.of(full.platformOrderId(), sparse.platformOrderId())) {
            stored.put(
                    platformOrderId,
                    orders.findByPlatformId(shop.id(), platformOrderId).id());
        }
        return stored;
    }

    /** Inserts both orders, their lines and their history; the ids by platform order id, and the paired SKU's as "sku". */
    private Map<String, Long> insertBoth() {
        WarehouseSku sku = new Fixtures(context).sku(5);
        long skuId = sku.id();
        List<Long> inserted = writer.insertOrders(
                shop.id(),
                "FAKE",
                List.of(
                        new NewOrder(full, OrderStatus.PENDING_AUDIT, null),
                        new NewOrder(sparse, OrderStatus.EXCEPTION, "refund requested")),
                NOW);
        Map<String, Long> ids = new HashMap<>();
        ids.put(full.platformOrderId(), inserted.get(0));
        ids.put(sparse.platformOrderId(), inserted.get(1));
        assertThat(ids).isEqualTo(storedIds());
        long fullId = ids.get(full.platformOrderId());
        writer.insertLines(List.of(
                new NewLine(fullId, full.lines().get(0), skuId),
                new NewLine(fullId, full.lines().get(1), null)));
        writer.insertHistories(
                List.of(
                        new NewHistory(fullId, null, OrderStatus.PENDING_AUDIT, "sync", "synced as Unshipped"),
                        new NewHistory(
                                ids.get(sparse.platformOrderId()),
                                null,
                                OrderStatus.EXCEPTION,
                                "sync",
                                "synced as RefundRequested")),
                NOW);
        ids.put("sku", skuId);
        return ids;
    }

    private static LocalDateTime wallTime(Object column) {
        if (column instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime();
        }
        return (LocalDateTime) column;
    }
}
