package io.junction.sku;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Pairs a page's platform SKUs with warehouse SKUs in one query with its parameters bound by hand:
 * a page names a few hundred SKUs, and MyBatis would evaluate each {@code #{}} of a
 * {@code <foreach>} by reflection and map whole rows where only the id is needed.
 */
@Repository
public class SkuPairing {

    /** Codes per query; a larger set is asked in slices. */
    static final int SLICE = 500;

    private final JdbcTemplate jdbc;

    public SkuPairing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids of the warehouse SKUs whose codes are exactly among {@code skus}, by code: byte for
     * byte, as {@link SkuMapper#findBySkuExactly} matches, whatever the database's collation.
     */
    public Map<String, Long> idsOf(Set<String> skus) {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = List.copyOf(skus);
        for (int from = 0; from < all.size(); from += SLICE) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + SLICE));
            String sql = "SELECT id, sku FROM wms_sku WHERE sku IN (?" + ",?".repeat(slice.size() - 1) + ")";
            jdbc.query(
                    sql,
                    ps -> {
                        for (int i = 0; i < slice.size(); i++) {
                            ps.setString(i + 1, slice.get(i));
                        }
                    },
                    rs -> {
                        String code = rs.getString(2);
                        if (skus.contains(code)) {
                            ids.put(code, rs.getLong(1));
                        }
                    });
        }
        return ids;
    }
}
