package io.junction.bench;

import static io.junction.bench.BenchDatabase.MARIADB;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.shop.NewShop;
import io.junction.shop.Shop;
import io.junction.shop.ShopChange;
import io.junction.shop.ShopService;
import io.junction.sync.OrderIntake;
import io.junction.sync.SyncService;
import io.junction.testing.MutableClock;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 3: ingests 100,000 simulated orders (2–3 lines each, four shops, pages of 100) through the
 * real sync path — {@link SyncService#sync} → {@link OrderIntake} → MyBatis and JDBC → the database with the
 * real migrations — and writes the same rows with raw multi-row JDBC upserts, then re-syncs the same
 * orders (nothing changes). Prints orders/s for each and the ratio real/raw; the goal is at least 0.5.
 *
 * <p>Run with {@code ./mvnw -B -pl sync-core -am verify -Pbench,mariadb} (database
 * {@code junction_bench}, or {@code JUNCTION_BENCH_DB_URL}); without {@code mariadb} it runs 10,000 orders on H2.
 * {@code -Djunction.bench.orders=20000} for a quicker look. Never part of the normal suites (tag "bench").
 */
@Tag("bench")
@SpringBootTest
class IngestBenchmark {

    /** 100,000 on MariaDB; 10,000 on H2, which scans a shop's orders for the page's IN list (its indexes serve IN only on their first column). */
    private static final int ORDERS = Integer.getInteger("junction.bench.orders", MARIADB ? 100_000 : 10_000);

    private static final int SHOPS = 4;
    private static final int PAGE = 100;
    private static final int WAREHOUSE_SKUS = 2_000;
    private static final int WARM_UP_ORDERS = 2_000;
    private static final String SHOP_PREFIX = "bench-";

    @DynamicPropertySource
    static void benchDatabase(DynamicPropertyRegistry registry) {
        BenchDatabase.register(registry);
    }

    @TestConfiguration
    static class BenchMarketplace {
        @Bean
        BenchChannel benchChannel() {
            return new BenchChannel(PAGE);
        }
    }

    @Autowired
    SyncService syncService;

    @Autowired
    ShopService shops;

    @Autowired
    BenchChannel channel;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void ingestsOneHundredThousandOrdersThroughTheRealSyncPathAndRawJdbc() throws Exception {
        // given an empty bench: warehouse SKUs, and the same orders for the real and the raw shops
        removePreviousRuns();
        Map<String, Long> skuIds = warehouseSkus();
        RawUpsert raw = new RawUpsert(dataSource, skuIds);
        Instant updatedBefore = clock.instant().minus(Duration.ofMinutes(3));
        List<List<ChannelOrder>> orders = SimulatedOrders.generate(ORDERS, SHOPS, WAREHOUSE_SKUS, updatedBefore);
        long lines = orders.stream()
                .flatMap(List::stream)
                .mapToLong(o -> o.lines().size())
                .sum();
        warmUp(raw, updatedBefore);

        // when the raw ceiling writes them (first, so the real path meets the fuller tables)
        List<Shop> rawShops = newShops("raw");
        long rawStart = System.nanoTime();
        for (int s = 0; s < SHOPS; s++) {
            raw.write(rawShops.get(s).id(), orders.get(s), PAGE, clock.instant());
        }
        double rawSeconds = seconds(rawStart);

        // and the real sync path ingests them
        List<Shop> realShops = newShops("real");
        for (int s = 0; s < SHOPS; s++) {
            channel.serve(realShops.get(s).id(), orders.get(s));
        }
        long realStart = System.nanoTime();
        OrderIntake.Tally first = syncAll(realShops);
        double realSeconds = seconds(realStart);
        Map<String, Long> afterFirst = rows(realShops);

        // and re-syncs the same orders a minute later
        clock.advance(Duration.ofMinutes(1));
        long resyncStart = System.nanoTime();
        OrderIntake.Tally again = syncAll(realShops);
        double resyncSeconds = seconds(resyncStart);

        // then both wrote the same rows, and the re-sync changed nothing
        assertThat(first).isEqualTo(new OrderIntake.Tally(ORDERS, 0, 0, 0));
        assertThat(again).isEqualTo(new OrderIntake.Tally(0, 0, ORDERS, 0));
        assertThat(afterFirst)
                .isEqualTo(Map.of(
                        "orders",
                        (long) ORDERS,
                        "lines",
                        lines,
                        "history",
                        (long) ORDERS,
                        "paired",
                        pairedLines(orders, skuIds)));
        assertThat(rows(realShops)).isEqualTo(afterFirst);
        assertThat(rows(rawShops)).isEqualTo(afterFirst);

        double realRate = ORDERS / realSeconds;
        double rawRate = ORDERS / rawSeconds;
        System.out.println(String.join(
                System.lineSeparator(),
                "",
                "== Junction ingest benchmark (issue 3) ==",
                "database: " + database(),
                String.format(
                        Locale.ROOT,
                        "orders: %,d (2-3 lines each), lines: %,d, shops: %d, pages of %d, cores: %d",
                        ORDERS,
                        lines,
                        SHOPS,
                        PAGE,
                        Runtime.getRuntime().availableProcessors()),
                "the marketplace is in memory: HTTP and payload translation are not measured",
                String.format(
                        Locale.ROOT,
                        "real  SyncService.sync -> OrderIntake -> database : %7.2f s %9.0f orders/s",
                        realSeconds,
                        realRate),
                String.format(
                        Locale.ROOT,
                        "raw   JDBC multi-row INSERT ... ON DUPLICATE KEY  : %7.2f s %9.0f orders/s",
                        rawSeconds,
                        rawRate),
                String.format(Locale.ROOT, "ratio real/raw: %.2f (goal >= 0.50)", realRate / rawRate),
                String.format(
                        Locale.ROOT,
                        "re-sync of the same orders (nothing changes)     : %7.2f s %9.0f orders/s",
                        resyncSeconds,
                        ORDERS / resyncSeconds),
                ""));
    }

    private void warmUp(RawUpsert raw, Instant updatedBefore) throws Exception {
        List<ChannelOrder> warm = SimulatedOrders.generate(WARM_UP_ORDERS, 1, WAREHOUSE_SKUS, updatedBefore)
                .get(0);
        Shop rawShop = newShop("warm-raw");
        raw.write(rawShop.id(), warm, PAGE, clock.instant());
        Shop realShop = newShop("warm-real");
        channel.serve(realShop.id(), warm);
        syncAll(List.of(realShop));
        syncAll(List.of(realShop));
    }

    private OrderIntake.Tally syncAll(List<Shop> shopsToSync) {
        OrderIntake.Tally tally = new OrderIntake.Tally(0, 0, 0, 0);
        for (Shop shop : shopsToSync) {
            SyncService.Report report = syncService.sync(shop.id());
            assertThat(report.error()).isNull();
            OrderIntake.Tally t = report.tally();
            tally = new OrderIntake.Tally(
                    tally.created() + t.created(),
                    tally.updated() + t.updated(),
                    tally.unchanged() + t.unchanged(),
                    tally.quarantined() + t.quarantined());
        }
        return tally;
    }

    private List<Shop> newShops(String kind) {
        List<Shop> created = new ArrayList<>();
        for (int s = 0; s < SHOPS; s++) {
            created.add(newShop(kind + "-" + s));
        }
        return created;
    }

    private Shop newShop(String name) {
        return shops.add(new NewShop(
                BenchChannel.PLATFORM,
                new ShopChange(
                        SHOP_PREFIX + name,
                        "https://bench-marketplace.invalid/",
                        null,
                        Map.of("token", "bench"),
                        List.of("ATVPDKIKX0DER"),
                        null)));
    }

    private Map<String, Long> warehouseSkus() {
        List<Object[]> rows = new ArrayList<>();
        for (int n = 0; n < WAREHOUSE_SKUS; n++) {
            rows.add(new Object[] {SimulatedOrders.skuCode(n), "Bench item " + n, "B-" + (n % 50), 1_000});
        }
        jdbc.batchUpdate(
                "INSERT INTO wms_sku (sku, name, location, on_hand, reserved, weight_grams) VALUES (?, ?, ?, ?, 0, 300)",
                rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                "SELECT id, sku FROM wms_sku WHERE sku LIKE ?",
                rs -> {
                    ids.put(rs.getString("sku"), rs.getLong("id"));
                },
                SimulatedOrders.SKU_PREFIX + "%");
        return ids;
    }

    /** Deletes what earlier runs left in the bench database: only the bench's own shops and SKUs. */
    private void removePreviousRuns() {
        String benchShops = "SELECT id FROM chn_shop WHERE platform = '" + BenchChannel.PLATFORM + "' AND name LIKE '"
                + SHOP_PREFIX + "%'";
        List<Long> shopIds = jdbc.queryForList(benchShops, Long.class);
        for (Long shopId : shopIds) {
            for (String table : List.of("oms_order_rule_match", "oms_order_tag", "oms_order_history")) {
                jdbc.update(
                        "DELETE FROM " + table + " WHERE order_id IN (SELECT id FROM oms_order WHERE shop_id = ?)",
                        shopId);
            }
            jdbc.update(
                    "DELETE FROM oms_order_line WHERE order_id IN (SELECT id FROM oms_order WHERE shop_id = ?)",
                    shopId);
            jdbc.update("DELETE FROM oms_order WHERE shop_id = ?", shopId);
            jdbc.update("DELETE FROM chn_quarantine WHERE shop_id = ?", shopId);
            jdbc.update("DELETE FROM chn_sync_state WHERE shop_id = ?", shopId);
            jdbc.update("DELETE FROM chn_shop WHERE id = ?", shopId);
        }
        jdbc.update("DELETE FROM wms_sku WHERE sku LIKE ?", SimulatedOrders.SKU_PREFIX + "%");
    }

    private Map<String, Long> rows(List<Shop> group) {
        String ids = group.stream().map(s -> String.valueOf(s.id())).collect(Collectors.joining(","));
        return Map.of(
                "orders", count("SELECT COUNT(*) FROM oms_order WHERE shop_id IN (" + ids + ")"),
                "lines",
                        count(
                                "SELECT COUNT(*) FROM oms_order_line l JOIN oms_order o ON o.id = l.order_id WHERE o.shop_id IN ("
                                        + ids + ")"),
                "history",
                        count("SELECT COUNT(*) FROM oms_order_history h JOIN oms_order o ON o.id = h.order_id"
                                + " WHERE o.shop_id IN (" + ids + ")"),
                "paired",
                        count(
                                "SELECT COUNT(*) FROM oms_order_line l JOIN oms_order o ON o.id = l.order_id WHERE o.shop_id IN ("
                                        + ids + ") AND l.sku_id IS NOT NULL"));
    }

    private static long pairedLines(List<List<ChannelOrder>> orders, Map<String, Long> skuIds) {
        return orders.stream()
                .flatMap(List::stream)
                .flatMap(o -> o.lines().stream())
                .filter(l -> skuIds.containsKey(l.sku()))
                .count();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private String database() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " via "
                    + meta.getDriverName() + " " + meta.getDriverVersion() + " ("
                    + meta.getURL().replaceAll("\\?.*", "") + ")";
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
