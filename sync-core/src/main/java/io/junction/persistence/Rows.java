package io.junction.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * Multi-row statements with positional parameters bound by hand, for the few statements that carry hundreds of
 * rows at a time (an allocation chunk's package lines, a rules batch's matches, a set-wise move's history and
 * methods, a job's items): MyBatis would build such a statement's SQL through a {@code <foreach>} and evaluate each
 * of its thousands of {@code #{}} parameters by reflection, which cost more than the database's work. Times are bound as {@link
 * UtcInstantTypeHandler} binds them: UTC wall time to the millisecond.
 *
 * <p>A write through plain JDBC does not clear MyBatis's cache of the transaction's queries (its local cache, kept
 * for the session, which is the transaction): a mapper query repeated word for word after such a write, in the same
 * transaction, would answer the rows it answered before it. No caller does that today; one that must read again
 * after a hand-bound write reads with other parameters or a fresh transaction.
 */
public final class Rows {

    private static final UtcInstantTypeHandler TIMES = new UtcInstantTypeHandler();

    private Rows() {}

    /** {@code head} followed by {@code rows} copies of {@code row}, separated by commas. */
    public static String repeated(String head, String row, int rows) {
        StringBuilder sql = new StringBuilder(head.length() + rows * (row.length() + 1));
        sql.append(head).append(row);
        for (int i = 1; i < rows; i++) {
            sql.append(',').append(row);
        }
        return sql.toString();
    }

    /** {@code (?,?,…)} with {@code count} parameters, for an {@code IN} list. */
    public static String parameters(int count) {
        return repeated("(", "?", count) + ")";
    }

    /** Binds a time, or SQL NULL. */
    public static void setTime(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            TIMES.setNonNullParameter(ps, index, value, null);
        }
    }

    /** Binds a number, or SQL NULL. */
    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** Binds an enum constant's name, or SQL NULL. */
    public static void setName(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
        ps.setString(index, value == null ? null : value.name());
    }
}
