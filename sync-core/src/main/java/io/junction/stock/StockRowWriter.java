package io.junction.stock;

import io.junction.persistence.Rows;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts the movement rows of a set-wise reservation in one multi-row {@code INSERT} with positional parameters
 * bound by hand ({@link Rows}): an allocation chunk of 200 orders writes a row per order and SKU. Runs on the
 * caller's connection, in the caller's Spring transaction.
 */
@Repository
class StockRowWriter {

    private static final String MOVEMENT_INSERT =
            "INSERT INTO wms_stock_movement (sku_id, kind, quantity, reference, actor, reason, occurred_at) VALUES ";
    private static final String MOVEMENT_ROW = "(?,?,?,?,?,NULL,?)";

    private final JdbcTemplate jdbc;

    StockRowWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One movement row of {@code kind} per reservation, no reason, in one statement. */
    void insertReservations(MovementKind kind, List<StockLedger.Reservation> reservations, String actor, Instant at) {
        if (reservations.isEmpty()) {
            return;
        }
        jdbc.update(Rows.repeated(MOVEMENT_INSERT, MOVEMENT_ROW, reservations.size()), ps -> {
            int p = 1;
            for (StockLedger.Reservation r : reservations) {
                ps.setLong(p++, r.skuId());
                Rows.setName(ps, p++, kind);
                ps.setInt(p++, r.quantity());
                ps.setString(p++, r.reference().value());
                ps.setString(p++, actor);
                Rows.setTime(ps, p++, at);
            }
        });
    }
}
