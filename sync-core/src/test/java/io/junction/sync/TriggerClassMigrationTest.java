package io.junction.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quartz job details stored under the launchers' old class names load under the new ones: the
 * migration that renames them, run again over rows written as a node of the old version wrote them.
 */
@SpringBootTest
class TriggerClassMigrationTest {

    private static final String SCHEDULER = "trigger-class-migration-test";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheRows() {
        jdbc.update("DELETE FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = ?", SCHEDULER);
    }

    @Test
    void jobDetailsStoredUnderTheOldClassNamesNameTheTriggers() throws Exception {
        // given a sync and a back-fill as the old version stored them
        store("shop-1", "shop-sync", "io.junction.sync.ShopSyncJob");
        store("backfill-1", "shop-backfill", "io.junction.sync.ShopBackfillJob");

        // when
        String vendor =
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())
                                .equals("H2")
                        ? "h2"
                        : "mysql";
        String migration = new ClassPathResource("db/vendor/" + vendor + "/V13__quartz_trigger_class_names.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.update(statement);
            }
        }

        // then
        assertThat(classOf("shop-1")).isEqualTo(ShopSyncTrigger.class.getName());
        assertThat(classOf("backfill-1")).isEqualTo(ShopBackfillTrigger.class.getName());
    }

    private void store(String name, String group, String jobClass) {
        jdbc.update(
                "INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, JOB_CLASS_NAME, IS_DURABLE,"
                        + " IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                SCHEDULER,
                name,
                group,
                jobClass,
                true,
                false,
                false,
                true);
    }

    private String classOf(String name) {
        return jdbc.queryForObject(
                "SELECT JOB_CLASS_NAME FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = ? AND JOB_NAME = ?",
                String.class,
                SCHEDULER,
                name);
    }
}
