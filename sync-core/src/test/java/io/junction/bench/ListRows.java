package io.junction.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * A seller's order history for the list benchmark, written straight into the tables with multi-row INSERTs of
 * explicit ids (no generated keys to read back): orders over two years in every status of the pipeline (most
 * shipped, many to review, as a busy seller's are), a few urgent, ten destinations, three logistics methods, two
 * or three lines each on the ingest benchmark's products (four in five paired with a warehouse SKU), a tag on a few,
 * and a parcel with a tracking number for every order past tracking. Deterministic: order {@code n} is always the same.
 */
final class ListRows {

    static final String SKU_PREFIX = "LIST-SKU-";
    static final int WAREHOUSE_SKUS = 2_000;
    static final String[] TAGS = {"vip", "fragile", "gift", "reship"};
    static final String[] COUNTRIES = {"US", "US", "US", "US", "GB", "DE", "FR", "JP", "AU", "CA", "ES", "IT", "BR"};
    private static final int BATCH = 500;
    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");
    private static final String[][] STATUSES = {
        // status, share in per mille
        {"PENDING_AUDIT", "380"},
        {"PENDING_ALLOCATION", "30"},
        {"PENDING_TRACKING", "10"},
        {"PENDING_PRINT", "20"},
        {"PENDING_SHIPMENT", "20"},
        {"SHIPPED", "440"},
        {"ON_HOLD", "10"},
        {"EXCEPTION", "5"},
        {"CANCELLED", "70"},
        {"AWAITING_PAYMENT", "15"}
    };

    private final DataSource dataSource;
    private final Instant now;
    private final List<Long> shopIds;
    private final List<String> platforms;
    private final List<Long> methodIds;
    private final long firstSkuId;
    private final int orders;

    ListRows(
            int orders,
            DataSource dataSource,
            Instant now,
            List<Long> shopIds,
            List<String> platforms,
            List<Long> methodIds,
            long firstSkuId) {
        this.dataSource = dataSource;
        this.now = now;
        this.shopIds = shopIds;
        this.platforms = platforms;
        this.methodIds = methodIds;
        this.firstSkuId = firstSkuId;
        this.orders = orders;
    }

    /** The platform order number of order {@code n}. */
    static String platformOrderId(int n) {
        return String.format("%03d-%07d-%07d", 100 + n % 900, n, (n * 7919L) % 10_000_000);
    }

    /** The tracking number of order {@code n}'s parcel, if it has one. */
    static String trackingNumber(int n) {
        return String.format("YT%013d", 2_412_000_000_000L + n);
    }

    static String skuCode(int n) {
        return SKU_PREFIX + String.format("%05d", n);
    }

    /** Orders {@code from} (inclusive) to {@code to} (exclusive), order n with id {@code firstId + n}. */
    void write(long firstId, int from, int to) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int start = from; start < to; start += BATCH) {
                writeBatch(c, firstId, start, Math.min(to, start + BATCH));
                c.commit();
            }
            c.setAutoCommit(true);
        }
    }

    private void writeBatch(Connection c, long firstId, int from, int to) throws SQLException {
        int count = to - from;
        String orderSql = "INSERT INTO oms_order (id, shop_id, platform, platform_order_id, platform_status, status,"
                + " buyer_name, buyer_note, ship_name, ship_line1, ship_city, ship_postal_code, ship_country, currency,"
                + " order_total, ship_by, logistics_method_id, platform_created_at, platform_updated_at, created_at,"
                + " updated_at, priority) VALUES " + rows(count, 22);
        StringBuilder lineRows = new StringBuilder();
        int lines = 0;
        int parcels = 0;
        int tags = 0;
        try (PreparedStatement ps = c.prepareStatement(orderSql)) {
            int p = 1;
            for (int n = from; n < to; n++) {
                Random r = new Random(n * 31L + 7);
                int shop = n % shopIds.size();
                String status = status(r.nextInt(1000));
                String buyer = SimulatedOrders.FIRST[r.nextInt(SimulatedOrders.FIRST.length)] + " "
                        + (char) ('A' + r.nextInt(26)) + ". "
                        + SimulatedOrders.LAST[r.nextInt(SimulatedOrders.LAST.length)];
                // two years of history, newer orders having higher numbers, as they do
                Instant created = now.minus(Duration.ofMinutes(730L * 24 * 60 * (orders - n) / orders))
                        .minusSeconds(r.nextInt(3600));
                boolean allocated = !status.equals("PENDING_AUDIT")
                        && !status.equals("PENDING_ALLOCATION")
                        && !status.equals("AWAITING_PAYMENT");
                ps.setLong(p++, firstId + n);
                ps.setLong(p++, shopIds.get(shop));
                ps.setString(p++, platforms.get(shop));
                ps.setString(p++, platformOrderId(n));
                ps.setString(p++, "Unshipped");
                ps.setString(p++, status);
                ps.setString(p++, buyer);
                ps.setString(p++, r.nextInt(10) == 0 ? "Please leave it with the neighbour" : null);
                ps.setString(p++, buyer);
                ps.setString(p++, (100 + r.nextInt(9900)) + " Harbor Boulevard");
                ps.setString(p++, "Springfield");
                ps.setString(p++, String.format("%05d", r.nextInt(100_000)));
                ps.setString(p++, COUNTRIES[r.nextInt(COUNTRIES.length)]);
                ps.setString(p++, "USD");
                ps.setBigDecimal(p++, java.math.BigDecimal.valueOf(299 + r.nextInt(20_000), 2));
                setTime(ps, p++, r.nextInt(50) == 0 ? null : created.plus(Duration.ofDays(3)));
                if (allocated || r.nextInt(3) == 0) {
                    ps.setLong(p++, methodIds.get(r.nextInt(methodIds.size())));
                } else {
                    ps.setNull(p++, java.sql.Types.BIGINT);
                }
                setTime(ps, p++, created);
                setTime(ps, p++, created.plusSeconds(60));
                setTime(ps, p++, created.plusSeconds(120));
                setTime(ps, p++, created.plusSeconds(120));
                ps.setInt(p++, r.nextInt(50) == 0 ? 1 + r.nextInt(3) : 0);
                lines += 2 + (n % 2);
                if (allocated && !status.equals("PENDING_TRACKING") && !status.equals("CANCELLED")) {
                    parcels++;
                }
                if (n % 33 == 0) {
                    tags++;
                }
            }
            ps.executeUpdate();
        }
        insertLines(c, firstId, from, to, lines);
        insertParcels(c, firstId, from, to, parcels);
        insertTags(c, firstId, from, to, tags);
    }

    private void insertLines(Connection c, long firstId, int from, int to, int lines) throws SQLException {
        String sql =
                "INSERT INTO oms_order_line (order_id, platform_line_id, platform_sku, title, quantity, unit_price,"
                        + " sku_id, reserved) VALUES " + rows(lines, 8);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            for (int n = from; n < to; n++) {
                Random r = new Random(n * 17L + 3);
                for (int l = 0; l < 2 + (n % 2); l++) {
                    int sku = r.nextInt(WAREHOUSE_SKUS);
                    boolean paired = r.nextInt(5) != 0;
                    String platformSku = paired ? skuCode(sku) : "LISTING-" + r.nextInt(100_000);
                    ps.setLong(p++, firstId + n);
                    ps.setString(p++, String.format("%014d", (long) n * 10 + l));
                    ps.setString(p++, platformSku);
                    ps.setString(p++, SimulatedOrders.PRODUCTS[r.nextInt(SimulatedOrders.PRODUCTS.length)]);
                    ps.setInt(p++, 1 + (r.nextInt(10) == 0 ? 1 : 0));
                    ps.setBigDecimal(p++, java.math.BigDecimal.valueOf(299 + r.nextInt(9700), 2));
                    if (paired) {
                        ps.setLong(p++, firstSkuId + sku);
                    } else {
                        ps.setNull(p++, java.sql.Types.BIGINT);
                    }
                    ps.setBoolean(p++, false);
                }
            }
            ps.executeUpdate();
        }
    }

    private void insertParcels(Connection c, long firstId, int from, int to, int parcels) throws SQLException {
        if (parcels == 0) {
            return;
        }
        String sql = "INSERT INTO oms_package (order_id, package_no, logistics_method_id, weight_grams,"
                + " preadvice_status, tracking_number, print_count) VALUES " + rows(parcels, 7);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            for (int n = from; n < to; n++) {
                Random r = new Random(n * 31L + 7);
                String status = status(r.nextInt(1000));
                if (status.equals("PENDING_PRINT")
                        || status.equals("PENDING_SHIPMENT")
                        || status.equals("SHIPPED")
                        || status.equals("ON_HOLD")
                        || status.equals("EXCEPTION")) {
                    ps.setLong(p++, firstId + n);
                    ps.setString(p++, "LB" + (firstId + n));
                    ps.setLong(p++, methodIds.get(n % methodIds.size()));
                    ps.setInt(p++, 350);
                    ps.setString(p++, "CREATED");
                    ps.setString(p++, trackingNumber(n));
                    ps.setInt(p++, status.equals("PENDING_PRINT") ? 0 : 1);
                }
            }
            ps.executeUpdate();
        }
    }

    private void insertTags(Connection c, long firstId, int from, int to, int tags) throws SQLException {
        if (tags == 0) {
            return;
        }
        String sql = "INSERT INTO oms_order_tag (order_id, tag) VALUES " + rows(tags, 2);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            for (int n = from; n < to; n++) {
                if (n % 33 == 0) {
                    ps.setLong(p++, firstId + n);
                    ps.setString(p++, TAGS[(n / 33) % TAGS.length]);
                }
            }
            ps.executeUpdate();
        }
    }

    static String status(int perMille) {
        int sum = 0;
        for (String[] s : STATUSES) {
            sum += Integer.parseInt(s[1]);
            if (perMille < sum) {
                return s[0];
            }
        }
        return "SHIPPED";
    }

    private static void setTime(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.VARCHAR);
        } else {
            ps.setString(index, LITERAL.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
        }
    }

    private static String rows(int rows, int columns) {
        String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        return String.join(",", Collections.nCopies(rows, row));
    }
}
