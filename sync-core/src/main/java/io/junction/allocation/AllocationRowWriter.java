package io.junction.allocation;

import io.junction.persistence.Rows;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What an allocation chunk writes to its orders' lines, in one statement with positional parameters
 * bound by hand ({@link Rows}): a chunk of 200 orders binds some 1,500 parameters here. Runs on the caller's
 * connection, in the caller's Spring transaction.
 */
@Repository
class AllocationRowWriter {

    private final JdbcTemplate jdbc;

    AllocationRowWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An allocated order line and the warehouse SKU it was allocated with (null for a bundle of several). */
    record ReservedLine(long lineId, Long skuId) {}

    /** Marks the lines reserved, each with its warehouse SKU (null for a bundle of several), in one statement. */
    void reserveLines(List<ReservedLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String sql = "UPDATE oms_order_line SET reserved = TRUE, sku_id = CASE id"
                + " WHEN ? THEN ?".repeat(lines.size()) + " ELSE sku_id END WHERE id IN "
                + Rows.parameters(lines.size());
        jdbc.update(sql, ps -> {
            int p = 1;
            for (ReservedLine l : lines) {
                ps.setLong(p++, l.lineId());
                Rows.setLong(ps, p++, l.skuId());
            }
            for (ReservedLine l : lines) {
                ps.setLong(p++, l.lineId());
            }
        });
    }
}
