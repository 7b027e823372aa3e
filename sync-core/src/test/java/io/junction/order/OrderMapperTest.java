package io.junction.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.persistence.GeneratedId;
import io.junction.shop.Shop;
import io.junction.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The order mapper against the real schema: what insert writes, column by column, and times as UTC. */
@SpringBootTest
@Transactional
class OrderMapperTest {

    private static final Instant CREATED = Instant.parse("2024-03-10T01:59:59.987Z");
    private static final Instant UPDATED = Instant.parse("2024-03-10T10:00:00.001Z");
    private static final Instant SHIP_BY = Instant.parse("2024-03-12T23:59:59.999Z");
    private static final Instant NOW = Instant.parse("2024-03-10T10:05:30.250Z");

    @Autowired OrderMapper orders;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Shop shop;
    ChannelOrder platformOrder;

    @BeforeEach
    void aPlatformOrder() {
        shop = new Fixtures(context).fakeShop(new Fixtures(context).fakeCarrierMethod());
        String id = Fixtures.unique("PO");
        platformOrder = new ChannelOrder(id, "Unshipped", PlatformState.READY_TO_SHIP, "ATVPDKIKX0DER", CREATED, UPDATED,
                "Zhang Wei", new Address("Zhang Wei", "Acme Ltd", "350 Fifth Avenue", "Floor 21", "New York", "NY", "10118",
                        "US", "+1 212 555 0100"),
                "USD", new BigDecimal("42.50"), SHIP_BY,
                List.of(new ChannelOrder.Line(id + "-1", "MUG-BLUE", "Blue mug", 2, new BigDecimal("21.25"))));
    }

    @Test
    void insertWritesEveryColumnOfTheRow() {
        // when
        GeneratedId id = new GeneratedId();
        orders.insert(id, shop.id(), "FAKE", platformOrder, OrderStatus.PENDING_AUDIT, null, NOW);

        // then
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM oms_order WHERE id = ?", id.get());
        assertThat(((Number) row.get("shop_id")).longValue()).isEqualTo(shop.id());
        assertThat(row).containsEntry("platform", "FAKE")
                .containsEntry("platform_order_id", platformOrder.platformOrderId())
                .containsEntry("platform_status", "Unshipped")
                .containsEntry("status", "PENDING_AUDIT")
                .containsEntry("marketplace_id", "ATVPDKIKX0DER")
                .containsEntry("buyer_name", "Zhang Wei")
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
    }

    @Test
    void timesAreStoredAsUtcWallTimeToTheMillisecond() {
        // when
        GeneratedId id = new GeneratedId();
        orders.insert(id, shop.id(), "FAKE", platformOrder, OrderStatus.PENDING_AUDIT, null, NOW);

        // then the columns hold the UTC wall time, whatever the JVM's or the session's zone
        Map<String, Object> times = jdbc.queryForMap(
                "SELECT platform_created_at, platform_updated_at, ship_by, created_at, updated_at FROM oms_order WHERE id = ?",
                id.get());
        assertThat(wallTime(times.get("platform_created_at"))).isEqualTo(LocalDateTime.of(2024, 3, 10, 1, 59, 59, 987_000_000));
        assertThat(wallTime(times.get("platform_updated_at"))).isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 0, 0, 1_000_000));
        assertThat(wallTime(times.get("ship_by"))).isEqualTo(LocalDateTime.of(2024, 3, 12, 23, 59, 59, 999_000_000));
        assertThat(wallTime(times.get("created_at"))).isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 5, 30, 250_000_000));
        assertThat(wallTime(times.get("updated_at"))).isEqualTo(wallTime(times.get("created_at")));
    }

    @Test
    void timesRoundTripExactly() {
        // given
        GeneratedId id = new GeneratedId();
        orders.insert(id, shop.id(), "FAKE", platformOrder, OrderStatus.PENDING_AUDIT, null, NOW);

        // when
        Order read = orders.findById(id.get());

        // then
        assertThat(read.platformCreatedAt()).isEqualTo(CREATED);
        assertThat(read.platformUpdatedAt()).isEqualTo(UPDATED);
        assertThat(read.shipBy()).isEqualTo(SHIP_BY);
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(read.updatedAt()).isEqualTo(NOW);
        assertThat(read.shipTo()).isEqualTo(platformOrder.shipTo());
        assertThat(read.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(read).isEqualTo(orders.findByPlatformId(shop.id(), platformOrder.platformOrderId()));
    }

    @Test
    void linesAreWrittenUnreservedAndReadBack() {
        // given
        GeneratedId id = new GeneratedId();
        orders.insert(id, shop.id(), "FAKE", platformOrder, OrderStatus.PENDING_AUDIT, null, NOW);

        // when
        orders.insertLine(id.get(), platformOrder.lines().get(0), null);

        // then
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT platform_line_id, platform_sku, title, quantity, unit_price, sku_id, reserved FROM oms_order_line"
                        + " WHERE order_id = ?", id.get());
        assertThat(row).containsEntry("platform_line_id", platformOrder.platformOrderId() + "-1")
                .containsEntry("platform_sku", "MUG-BLUE").containsEntry("title", "Blue mug");
        assertThat(((Number) row.get("quantity")).intValue()).isEqualTo(2);
        assertThat((BigDecimal) row.get("unit_price")).isEqualByComparingTo("21.25");
        assertThat(row.get("sku_id")).isNull();
        assertThat(row.get("reserved")).isIn(false, 0, (byte) 0);
        assertThat(orders.lines(id.get())).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.reserved()).isFalse();
            assertThat(l.skuId()).isNull();
        });
    }

    @Test
    void theGuardedUpdateChangesNothingForAStaleVersionOrAnotherStatus() {
        // given
        GeneratedId id = new GeneratedId();
        orders.insert(id, shop.id(), "FAKE", platformOrder, OrderStatus.PENDING_AUDIT, null, NOW);

        // when
        int staleVersion = orders.updateStatus(id.get(), OrderStatus.PENDING_AUDIT, 7, OrderStatus.PENDING_ALLOCATION,
                null, null, null, NOW);
        int otherStatus = orders.updateStatus(id.get(), OrderStatus.PENDING_ALLOCATION, 0, OrderStatus.PENDING_TRACKING,
                null, null, null, NOW);
        int current = orders.updateStatus(id.get(), OrderStatus.PENDING_AUDIT, 0, OrderStatus.PENDING_ALLOCATION,
                null, null, null, NOW);

        // then
        assertThat(staleVersion).isZero();
        assertThat(otherStatus).isZero();
        assertThat(current).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT status, version FROM oms_order WHERE id = ?", id.get()))
                .containsEntry("status", "PENDING_ALLOCATION");
        assertThat(orders.findById(id.get()).version()).isEqualTo(1);
    }

    @Test
    void aPlatformChangeMergesOnlyWhenNewer() {
        // given
        GeneratedId id = new GeneratedId();
        orders.insert(id, shop.id(), "FAKE", platformOrder, OrderStatus.PENDING_AUDIT, null, NOW);
        ChannelOrder sameAge = Fixtures.changed(platformOrder, PlatformState.CANCELLED, UPDATED);
        ChannelOrder newer = Fixtures.changed(platformOrder, PlatformState.CANCELLED, UPDATED.plusMillis(1));

        // when / then
        assertThat(orders.mergePlatformChange(id.get(), sameAge, NOW)).isZero();
        assertThat(orders.mergePlatformChange(id.get(), newer, NOW)).isEqualTo(1);
        Order merged = orders.findById(id.get());
        assertThat(merged.platformStatus()).isEqualTo("CANCELLED");
        assertThat(merged.platformUpdatedAt()).isEqualTo(UPDATED.plusMillis(1));
        assertThat(merged.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
    }

    private static LocalDateTime wallTime(Object column) {
        if (column instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime();
        }
        return (LocalDateTime) column;
    }
}
