package io.junction.rules;

import io.junction.persistence.Rows;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts a rules batch's matches in one multi-row {@code INSERT} with positional parameters bound by hand
 * ({@link Rows}): a batch of 500 orders matches well over a thousand times. Runs on the caller's connection, in
 * the caller's Spring transaction.
 */
@Repository
class RuleRowWriter {

    private static final String MATCH_INSERT =
            "INSERT INTO oms_order_rule_match (order_id, rule_id, rule_name, rule_kind, matched_at) VALUES ";
    private static final String MATCH_ROW = "(?,?,?,?,?)";

    private final JdbcTemplate jdbc;

    RuleRowWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the matches in one statement. */
    void insertMatches(List<RuleMapper.RuleMatch> matches) {
        if (matches.isEmpty()) {
            return;
        }
        jdbc.update(Rows.repeated(MATCH_INSERT, MATCH_ROW, matches.size()), ps -> {
            int p = 1;
            for (RuleMapper.RuleMatch m : matches) {
                ps.setLong(p++, m.orderId());
                ps.setLong(p++, m.ruleId());
                ps.setString(p++, m.ruleName());
                Rows.setName(ps, p++, m.ruleKind());
                Rows.setTime(ps, p++, m.matchedAt());
            }
        });
    }
}
