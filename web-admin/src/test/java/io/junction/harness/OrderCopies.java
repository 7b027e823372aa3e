package io.junction.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A harness's fast set-up: copies orders that went through the pipeline, as new allocated orders in PENDING_TRACKING
 * whose package (numbered from its own id, as allocation numbers them) no carrier has seen. Every column is copied
 * but the keys, the order's platform id, its status and the package's pre-advice state, so that the copies follow
 * the schema as it grows. Harness set-up only: a user never writes SQL.
 */
final class OrderCopies {

    /** Rows per INSERT. */
    private static final int ROWS = 500;

    private final JdbcTemplate db;

    OrderCopies(JdbcTemplate db) {
        this.db = db;
    }

    /** {@code count} copies, round-robin over the templates (each with one package of its own); their ids. */
    List<Long> copy(List<Long> templates, int count) {
        long orderId = next("oms_order");
        long lineId = next("oms_order_line");
        long packageId = next("oms_package");
        long packageLineId = next("oms_package_line");
        List<Map<String, Object>> orders = new ArrayList<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Map<String, Object>> packages = new ArrayList<>();
        List<Map<String, Object>> packageLines = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<Template> read = templates.stream().map(this::read).toList();
        for (int i = 0; i < count; i++) {
            Template template = read.get(i % read.size());
            Map<String, Object> order = new LinkedHashMap<>(template.order());
            order.put("id", orderId);
            order.put("platform_order_id", order.get("platform_order_id") + "-C" + i);
            order.put("status", "PENDING_TRACKING");
            order.put("version", 0);
            orders.add(order);
            Map<Object, Long> lineCopies = new HashMap<>();
            for (Map<String, Object> templateLine : template.lines()) {
                Map<String, Object> line = new LinkedHashMap<>(templateLine);
                lineCopies.put(line.get("id"), lineId);
                line.put("id", lineId++);
                line.put("order_id", orderId);
                lines.add(line);
            }
            Map<String, Object> pkg = new LinkedHashMap<>(template.pkg());
            pkg.put("id", packageId);
            pkg.put("order_id", orderId);
            pkg.put("package_no", String.format("JN%010d", packageId));
            pkg.put("preadvice_status", "NONE");
            pkg.put("preadvice_attempts", 0);
            pkg.put("version", 0);
            for (String cleared : List.of(
                    "preadvice_claimed_at",
                    "preadvice_claimed_by",
                    "preadvice_claim_run",
                    "preadvice_error",
                    "tracking_number",
                    "carrier_waybill")) {
                pkg.put(cleared, null);
            }
            packages.add(pkg);
            for (Map<String, Object> templateLine : template.packageLines()) {
                Map<String, Object> line = new LinkedHashMap<>(templateLine);
                line.put("id", packageLineId++);
                line.put("package_id", packageId);
                line.put("order_line_id", lineCopies.get(line.get("order_line_id")));
                packageLines.add(line);
            }
            ids.add(orderId++);
            packageId++;
        }
        insert("oms_order", orders);
        insert("oms_order_line", lines);
        insert("oms_package", packages);
        insert("oms_package_line", packageLines);
        return Collections.unmodifiableList(ids);
    }

    /** An order as read: its row, its lines, its one package and that package's lines. */
    private record Template(
            Map<String, Object> order,
            List<Map<String, Object>> lines,
            Map<String, Object> pkg,
            List<Map<String, Object>> packageLines) {}

    private Template read(long orderId) {
        Map<String, Object> pkg = row("SELECT * FROM oms_package WHERE order_id = ?", orderId);
        return new Template(
                row("SELECT * FROM oms_order WHERE id = ?", orderId),
                rows("SELECT * FROM oms_order_line WHERE order_id = ?", orderId),
                pkg,
                rows("SELECT * FROM oms_package_line WHERE package_id = ?", pkg.get("id")));
    }

    private long next(String table) {
        return db.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
    }

    private Map<String, Object> row(String sql, Object key) {
        return new LinkedHashMap<>(db.queryForMap(sql, key));
    }

    private List<Map<String, Object>> rows(String sql, Object key) {
        return db.queryForList(sql, key).stream()
                .map(r -> (Map<String, Object>) new LinkedHashMap<>(r))
                .toList();
    }

    /** Inserts the rows (all with the same columns), {@value #ROWS} to a statement. */
    private void insert(String table, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = List.copyOf(rows.get(0).keySet());
        String one = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + ROWS));
            List<Object> values = new ArrayList<>();
            batch.forEach(r -> columns.forEach(c -> values.add(r.get(c))));
            db.update(
                    "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                            + String.join(", ", Collections.nCopies(batch.size(), one)),
                    values.toArray());
        }
    }
}
