package io.junction.job;

import io.junction.persistence.Rows;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Adds a job's orders as pending items, in one statement per call with positional parameters bound by hand ({@link
 * Rows}; {@link JobService} gives it a thousand at a time): a clerk's action on 10,000 orders binds 30,000
 * parameters, which MyBatis's {@code <foreach>} evaluated one by one (17% of the batch benchmark's Java time went to
 * submitting its jobs). Runs on the caller's connection, in the caller's Spring transaction.
 */
@Repository
class JobItemRowWriter {

    private static final String INSERT = "INSERT INTO app_job_item (job_id, seq, order_id, outcome) VALUES ";
    private static final String ROW = "(?,?,?,'PENDING')";

    private final JdbcTemplate jdbc;

    JobItemRowWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds {@code orderIds} to job {@code jobId} as pending items numbered from {@code firstSeq} on. */
    void insertItems(long jobId, int firstSeq, List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return;
        }
        jdbc.update(Rows.repeated(INSERT, ROW, orderIds.size()), ps -> {
            int p = 1;
            int seq = firstSeq;
            for (long orderId : orderIds) {
                ps.setLong(p++, jobId);
                ps.setInt(p++, seq++);
                ps.setLong(p++, orderId);
            }
        });
    }
}
