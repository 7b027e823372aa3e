package io.junction.bench;

import static io.junction.bench.BenchDatabase.MARIADB;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.Order;
import io.junction.order.OrderCursor;
import io.junction.order.OrderFilter;
import io.junction.order.OrderList;
import io.junction.order.OrderSort;
import io.junction.order.OrderStatus;
import io.junction.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12: the order list at a real seller's history. Writes 1,000,000 orders (two years, every status, 2–3 lines
 * each, parcels, tags: {@link ListRows}) with multi-row INSERTs, then times what the list page and
 * {@code GET /api/v1/orders} do for a dozen filtered first pages (the page, its items' lines, tags, tracking numbers
 * and method names, and the capped total), deep pages by cursor (and, for comparison, the same page by OFFSET), and
 * the tab counts. Prints p50 and p95 of each; the goal is p95 under 100 ms.
 *
 * <p>Run with {@code ./mvnw -B -pl sync-core -am verify -Pbench,mariadb -Dtest=OrderListBenchmark} (database
 * {@code junction_bench}, or {@code JUNCTION_BENCH_DB_URL}); without {@code mariadb} it runs 10,000 orders on H2.
 * {@code -Djunction.bench.listOrders=N} sets the count. The rows stay for the next run, which reuses them when it
 * finds the same count (a million take minutes to write).
 */
@Tag("bench")
@SpringBootTest
class OrderListBenchmark {

    private static final int ORDERS = Integer.getInteger("junction.bench.listOrders", MARIADB ? 1_000_000 : 10_000);
    private static final int RUNS = Integer.getInteger("junction.bench.listRuns", MARIADB ? 30 : 10);
    private static final int SIZE = 50;
    private static final String SHOP_PREFIX = "list-bench-";
    private static final List<String> PLATFORMS = List.of("AMAZON", "ALIEXPRESS", "JD", "TAOBAO");
    private static final String OFFSET_CASE = "To review, page 5,000 by OFFSET";

    @DynamicPropertySource
    static void benchDatabase(DynamicPropertyRegistry registry) {
        BenchDatabase.register(registry);
    }

    @Autowired
    OrderList list;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void listsFilteredFirstPagesDeepPagesAndTabCountsOfAMillionOrders() throws Exception {
        // given a seller's history (kept from an earlier run of the same size)
        long writeStart = System.nanoTime();
        History history = history();
        double writeSeconds = seconds(writeStart);
        long shop = history.shopIds().get(2);
        OrderFilter all = OrderFilter.ALL;
        OrderFilter toReview = all.inStatus(OrderStatus.PENDING_AUDIT);
        int sample = ORDERS / 3 + 17;
        Instant now = history.now();

        // when every case is timed
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("To review, first page", () -> firstPage(toReview, OrderSort.PRIORITY));
        cases.put("All orders, first page", () -> firstPage(all, OrderSort.PRIORITY));
        cases.put("a clerk's four shops, To review", () -> firstPage(toReview.within(history.shopIds()), null));
        cases.put("platform JD, To review", () -> firstPage(filter(toReview, "platform", "JD"), OrderSort.PRIORITY));
        cases.put("one shop, To review", () -> firstPage(filter(toReview, "shopId", shop), OrderSort.PRIORITY));
        cases.put("country DE, To review", () -> firstPage(filter(toReview, "country", "DE"), OrderSort.PRIORITY));
        cases.put(
                "method, Shipped",
                () -> firstPage(
                        filter(
                                all.inStatus(OrderStatus.SHIPPED),
                                "logisticsMethodId",
                                history.methodIds().get(1)),
                        OrderSort.PRIORITY));
        cases.put("tag gift, all", () -> firstPage(filter(all, "tag", "gift"), OrderSort.PRIORITY));
        cases.put("tag gift, To review", () -> firstPage(filter(toReview, "tag", "gift"), OrderSort.PRIORITY));
        cases.put("q = order number", () -> firstPage(filter(all, "q", ListRows.platformOrderId(sample)), null));
        cases.put("q = tracking number", () -> firstPage(filter(all, "q", ListRows.trackingNumber(sample)), null));
        cases.put("q = buyer name", () -> firstPage(filter(all, "q", "Grace K. Hopper"), null));
        cases.put("q = warehouse SKU", () -> firstPage(filter(all, "q", ListRows.skuCode(1234)), null));
        cases.put("sku, To review", () -> firstPage(filter(toReview, "sku", ListRows.skuCode(77)), null));
        cases.put(
                "ship-by before tomorrow, To review, sort shipBy",
                () -> firstPage(filter(toReview, "shipByBefore", now.plus(Duration.ofDays(1))), OrderSort.SHIP_BY));
        cases.put(
                "created last 7 days, sort -createdAt",
                () -> firstPage(
                        filter(filter(all, "createdFrom", now.minus(Duration.ofDays(7))), "createdTo", now),
                        OrderSort.CREATED_AT_DESC));
        cases.put("All orders, sort createdAt (oldest)", () -> firstPage(all, OrderSort.CREATED_AT));
        OrderCursor deep = cursorAt(toReview, OrderSort.PRIORITY, 5_000 * SIZE);
        OrderCursor deepShipBy = cursorAt(toReview, OrderSort.SHIP_BY, 2_000 * SIZE);
        cases.put(
                "To review, page 5,000 by cursor", () -> list.page(toReview, OrderSort.PRIORITY, deep, null, 0, SIZE));
        cases.put(
                "To review, page before 5,000 by cursor",
                () -> list.page(toReview, OrderSort.PRIORITY, null, deep, 0, SIZE));
        cases.put(
                "To review by shipBy, page 2,000 by cursor",
                () -> list.page(toReview, OrderSort.SHIP_BY, deepShipBy, null, 0, SIZE));
        cases.put("tab counts, no filter", () -> list.countsByStatus(all));
        cases.put("tab counts, platform JD", () -> list.countsByStatus(filter(all, "platform", "JD")));
        cases.put("tab counts, country DE", () -> list.countsByStatus(filter(all, "country", "DE")));
        cases.put("tab counts, q = buyer name", () -> list.countsByStatus(filter(all, "q", "Grace K. Hopper")));
        cases.put("tab counts, tag gift", () -> list.countsByStatus(filter(all, "tag", "gift")));
        Supplier<Object> byOffset =
                () -> list.page(toReview, OrderSort.PRIORITY, null, null, Math.min(5_000 * SIZE, ORDERS / 4), SIZE);
        cases.put(OFFSET_CASE, byOffset);
        double loadBefore = loadAverage();
        Map<String, double[]> timings = new LinkedHashMap<>();
        Map<String, long[]> reads = new LinkedHashMap<>();
        cases.forEach((name, run) -> {
            reads.put(name, reads(run));
            timings.put(name, time(run, name.equals(OFFSET_CASE) && MARIADB ? 3 : RUNS));
        });

        // then the pages hold what they should
        Page sampled = (Page) cases.get("q = order number").get();
        assertThat(sampled.orders())
                .extracting(Order::platformOrderId)
                .containsExactly(ListRows.platformOrderId(sample));
        assertThat(((OrderList.Page)
                                cases.get("To review, page 5,000 by cursor").get())
                        .orders())
                .hasSize(SIZE);

        List<String> lines = new ArrayList<>(List.of(
                "",
                "== Junction order list benchmark (issue 12) ==",
                "database: " + database(),
                String.format(
                        Locale.ROOT,
                        "orders: %,d (%s), pages of %d, %d timed runs each after 3 warm-ups, cores: %d",
                        ORDERS,
                        history.written()
                                ? String.format(Locale.ROOT, "written in %.1f s", writeSeconds)
                                : "kept from an earlier run",
                        SIZE,
                        RUNS,
                        Runtime.getRuntime().availableProcessors()),
                "a first page = the page + its items' lines, tags, tracking numbers, method names + the capped total",
                "times depend on the machine's load (load = 1-minute load average when the case ended; the machine"
                        + " has " + Runtime.getRuntime().availableProcessors() + " cores); rows read and rows sorted"
                        + " do not:",
                "rows read = index and table rows the database stepped through for one run of the case (MariaDB"
                        + " Handler_read_* of the session), rows sorted = rows a filesort ordered (Sort_rows)",
                String.format(
                        Locale.ROOT,
                        "%-48s %9s %9s %6s %11s %11s",
                        "case",
                        "p50 ms",
                        "p95 ms",
                        "load",
                        "rows read",
                        "rows sorted")));
        double worst = 0;
        for (Map.Entry<String, double[]> t : timings.entrySet()) {
            double[] ms = t.getValue();
            long[] read = reads.get(t.getKey());
            boolean offsetCase = t.getKey().equals(OFFSET_CASE);
            lines.add(String.format(
                    Locale.ROOT,
                    "%-48s %9.1f %9.1f %6.1f %11s %11s%s",
                    t.getKey(),
                    ms[0],
                    ms[1],
                    ms[2],
                    read == null ? "-" : String.format(Locale.ROOT, "%,d", read[0]),
                    read == null ? "-" : String.format(Locale.ROOT, "%,d", read[1]),
                    offsetCase ? "  (for comparison only: what OFFSET paging costs)" : ""));
            if (!offsetCase) {
                worst = Math.max(worst, ms[1]);
            }
        }
        lines.add(String.format(
                Locale.ROOT,
                "worst p95: %.1f ms (goal < 100 ms); load average %.1f before the cases, %.1f after",
                worst,
                loadBefore,
                loadAverage()));
        lines.add("");
        System.out.println(String.join(System.lineSeparator(), lines));
    }

    /** What the API's first page reads. */
    private record Page(List<Order> orders, OrderList.Items items, OrderList.Count total) {}

    private Page firstPage(OrderFilter filter, OrderSort sort) {
        OrderList.Page page = list.page(filter, sort == null ? OrderSort.PRIORITY : sort, null, null, 0, SIZE);
        return new Page(page.orders(), list.items(page.orders()), list.count(filter));
    }

    /** The cursor of the order at {@code position} in the sort (found by walking, not timed). */
    private OrderCursor cursorAt(OrderFilter filter, OrderSort sort, int position) {
        int offset = Math.min(position, ORDERS / 4);
        List<Order> at = list.page(filter, sort, null, null, offset, 1).orders();
        assertThat(at).isNotEmpty();
        return OrderCursor.of(at.get(0), sort);
    }

    /** p50 and p95 in milliseconds of {@code runs} runs after three warm-ups, and the load average after them. */
    private static double[] time(Supplier<Object> run, int runs) {
        for (int i = 0; i < 3; i++) {
            run.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[(int) Math.ceil(runs * 0.5) - 1], ms[(int) Math.ceil(runs * 0.95) - 1], loadAverage()};
    }

    /**
     * The rows MariaDB stepped through and sorted for one run of the case (its session's Handler_read_* and Sort_rows,
     * the run held on one connection by a transaction, less what reading the counters costs), null on H2. Unlike the
     * times these do not change with the machine's load.
     */
    private long[] reads(Supplier<Object> run) {
        if (!MARIADB) {
            return null;
        }
        return new TransactionTemplate(transactions).execute(tx -> {
            long[] idle = counters();
            long[] before = counters();
            run.get();
            long[] after = counters();
            long overhead = before[0] - idle[0];
            return new long[] {after[0] - before[0] - overhead, after[1] - before[1]};
        });
    }

    private long[] counters() {
        long[] sums = new long[2];
        jdbc.query(
                "SHOW SESSION STATUS WHERE Variable_name LIKE 'Handler_read%' OR Variable_name = 'Sort_rows'",
                rs -> {
                    int at = rs.getString(1).equalsIgnoreCase("Sort_rows") ? 1 : 0;
                    sums[at] += rs.getLong(2);
                });
        return sums;
    }

    /** The 1-minute load average (Linux), NaN where the system does not tell it. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException unknown) {
            return Double.NaN;
        }
    }

    /** The filter with one more field set, by its name in OrderFilter. */
    private static OrderFilter filter(OrderFilter f, String field, Object value) {
        return new OrderFilter(
                f.status(),
                f.block(),
                field.equals("shopId") ? (Long) value : f.shopId(),
                field.equals("platform") ? (String) value : f.platform(),
                field.equals("q") ? (String) value : f.q(),
                field.equals("sku") ? (String) value : f.sku(),
                field.equals("country") ? (String) value : f.country(),
                field.equals("logisticsMethodId") ? (Long) value : f.logisticsMethodId(),
                field.equals("tag") ? (String) value : f.tag(),
                field.equals("shipByBefore") ? (Instant) value : f.shipByBefore(),
                field.equals("createdFrom") ? (Instant) value : f.createdFrom(),
                field.equals("createdTo") ? (Instant) value : f.createdTo(),
                f.trackingStatus(),
                f.shopIds());
    }

    private record History(List<Long> shopIds, List<Long> methodIds, Instant now, boolean written) {}

    /** The bench's shops, methods and orders: those of an earlier run of the same size, or written now. */
    private History history() throws Exception {
        List<Long> shopIds = jdbc.queryForList(
                "SELECT id FROM chn_shop WHERE name LIKE ? ORDER BY id", Long.class, SHOP_PREFIX + "%");
        if (shopIds.size() == PLATFORMS.size()) {
            String in = String.join(",", shopIds.stream().map(String::valueOf).toList());
            long orders =
                    jdbc.queryForObject("SELECT COUNT(*) FROM oms_order WHERE shop_id IN (" + in + ")", Long.class);
            if (orders == ORDERS) {
                Instant now = jdbc.queryForObject(
                                "SELECT MAX(platform_created_at) FROM oms_order WHERE shop_id IN (" + in + ")",
                                java.sql.Timestamp.class)
                        .toInstant();
                return new History(shopIds, methods(), now, false);
            }
        }
        removePreviousRuns();
        Instant now = clock.instant();
        List<Long> shops = new ArrayList<>();
        for (String platform : PLATFORMS) {
            jdbc.update(
                    "INSERT INTO chn_shop (platform, name, endpoint, credentials_enc, enabled, created_at)"
                            + " VALUES (?, ?, 'https://list-bench.invalid/', 'none', FALSE, ?)",
                    platform,
                    SHOP_PREFIX + platform,
                    java.sql.Timestamp.from(now));
            shops.add(
                    jdbc.queryForObject("SELECT id FROM chn_shop WHERE name = ?", Long.class, SHOP_PREFIX + platform));
        }
        jdbc.update("INSERT INTO lgs_carrier_account (carrier, name, endpoint, credentials_enc)"
                + " VALUES ('LISTBENCH', 'list-bench', 'memory:', 'none')");
        long account = jdbc.queryForObject("SELECT id FROM lgs_carrier_account WHERE name = 'list-bench'", Long.class);
        for (int m = 0; m < 3; m++) {
            jdbc.update(
                    "INSERT INTO lgs_method (code, name, carrier_account_id, carrier_service_code,"
                            + " marketplace_carrier_code) VALUES (?, ?, ?, 'S', 'Other')",
                    "list-bench-" + m,
                    "List bench method " + m,
                    account);
        }
        List<Object[]> skus = new ArrayList<>();
        for (int n = 0; n < ListRows.WAREHOUSE_SKUS; n++) {
            skus.add(new Object[] {ListRows.skuCode(n), "List bench item " + n});
        }
        jdbc.batchUpdate(
                "INSERT INTO wms_sku (sku, name, on_hand, reserved, weight_grams) VALUES (?, ?, 0, 0, 300)", skus);
        long firstSku = jdbc.queryForObject("SELECT id FROM wms_sku WHERE sku = ?", Long.class, ListRows.skuCode(0));
        long lastSku = jdbc.queryForObject(
                "SELECT id FROM wms_sku WHERE sku = ?", Long.class, ListRows.skuCode(ListRows.WAREHOUSE_SKUS - 1));
        assertThat(lastSku - firstSku).isEqualTo(ListRows.WAREHOUSE_SKUS - 1);
        Long maxId = jdbc.queryForObject("SELECT MAX(id) FROM oms_order", Long.class);
        long firstId = (maxId == null ? 0 : maxId) + 1;
        new ListRows(ORDERS, dataSource, now, shops, PLATFORMS, methods(), firstSku).write(firstId, 0, ORDERS);
        if (MARIADB) {
            jdbc.execute("ANALYZE TABLE oms_order, oms_order_line, oms_package, oms_order_tag");
        }
        return new History(shops, methods(), now, true);
    }

    private List<Long> methods() {
        return jdbc.queryForList("SELECT id FROM lgs_method WHERE code LIKE 'list-bench-%' ORDER BY id", Long.class);
    }

    /** Deletes what earlier runs left: only the bench's own shops, their orders, methods and SKUs. */
    private void removePreviousRuns() {
        String orders = "SELECT o.id FROM oms_order o JOIN chn_shop s ON s.id = o.shop_id WHERE s.name LIKE '"
                + SHOP_PREFIX + "%'";
        for (String table : List.of("oms_order_tag", "oms_order_line", "oms_package", "oms_order_history")) {
            jdbc.update("DELETE FROM " + table + " WHERE order_id IN (SELECT id FROM (" + orders + ") x)");
        }
        jdbc.update(
                "DELETE FROM oms_order WHERE shop_id IN (SELECT id FROM chn_shop WHERE name LIKE ?)",
                SHOP_PREFIX + "%");
        jdbc.update("DELETE FROM chn_shop WHERE name LIKE ?", SHOP_PREFIX + "%");
        jdbc.update("DELETE FROM lgs_method WHERE code LIKE 'list-bench-%'");
        jdbc.update("DELETE FROM lgs_carrier_account WHERE name = 'list-bench'");
        jdbc.update("DELETE FROM wms_sku WHERE sku LIKE ?", ListRows.SKU_PREFIX + "%");
    }

    private String database() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String name = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " ("
                    + meta.getURL().replaceAll("\\?.*", "") + ")";
            if (!MARIADB) {
                return name;
            }
            // whether the order table's indexes fit in memory decides what a page read by primary key costs
            long pool = jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class);
            return name + ", InnoDB buffer pool " + pool / (1024 * 1024) + " MB";
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
