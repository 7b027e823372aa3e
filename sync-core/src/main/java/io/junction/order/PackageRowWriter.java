package io.junction.order;

import io.junction.persistence.Rows;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts an allocation chunk's packages and their lines, each list in one multi-row {@code INSERT} with
 * positional parameters bound by hand ({@link Rows}): a chunk of 200 orders writes some 3,000 parameters of
 * package lines. The statements run on the caller's connection through {@link JdbcTemplate}, in the caller's
 * Spring transaction.
 */
@Repository
public class PackageRowWriter {

    private static final String PACKAGE_INSERT =
            "INSERT INTO oms_package (order_id, package_no, logistics_method_id, weight_grams, preadvice_status)"
                    + " VALUES ";
    private static final String PACKAGE_ROW = "(?,?,?,?,'NONE')";

    private static final String LINE_INSERT = "INSERT INTO oms_package_line (package_id, order_line_id, sku_id,"
            + " quantity, scanned, units_per_item, declared_name_en, declared_name_cn, hs_code, declared_value,"
            + " declared_weight_grams, declared_currency) VALUES ";
    private static final String LINE_ROW = "(?,?,?,?,0,?,?,?,?,?,?,?)";

    private final JdbcTemplate jdbc;

    public PackageRowWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A package to insert with {@link #insertAll}: its number a placeholder until {@link PackageMapper#assignPackageNos}. */
    public record NewPackage(long orderId, String packageNo, long methodId, int weightGrams) {}

    /**
     * A package line to insert with {@link #insertLines}, with the customs data its warehouse SKU declares (as
     * {@code CustomsMapper.copyFromSku} copies it) in the order's currency.
     */
    public record NewLine(
            long packageId,
            long orderLineId,
            long skuId,
            int quantity,
            int unitsPerItem,
            String declaredNameEn,
            String declaredNameCn,
            String hsCode,
            BigDecimal declaredValue,
            int declaredWeightGrams,
            String declaredCurrency) {}

    /** Inserts the packages, none pre-advised yet, in one statement. */
    public void insertAll(List<NewPackage> packages) {
        if (packages.isEmpty()) {
            return;
        }
        jdbc.update(Rows.repeated(PACKAGE_INSERT, PACKAGE_ROW, packages.size()), ps -> {
            int p = 1;
            for (NewPackage row : packages) {
                ps.setLong(p++, row.orderId());
                ps.setString(p++, row.packageNo());
                ps.setLong(p++, row.methodId());
                ps.setInt(p++, row.weightGrams());
            }
        });
    }

    /** Inserts the lines, none scanned yet, in one statement. */
    public void insertLines(List<NewLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.update(Rows.repeated(LINE_INSERT, LINE_ROW, lines.size()), ps -> {
            int p = 1;
            for (NewLine l : lines) {
                ps.setLong(p++, l.packageId());
                ps.setLong(p++, l.orderLineId());
                ps.setLong(p++, l.skuId());
                ps.setInt(p++, l.quantity());
                ps.setInt(p++, l.unitsPerItem());
                ps.setString(p++, l.declaredNameEn());
                ps.setString(p++, l.declaredNameCn());
                ps.setString(p++, l.hsCode());
                if (l.declaredValue() == null) {
                    ps.setNull(p++, Types.DECIMAL);
                } else {
                    ps.setBigDecimal(p++, l.declaredValue());
                }
                ps.setInt(p++, l.declaredWeightGrams());
                ps.setString(p++, l.declaredCurrency());
            }
        });
    }
}
