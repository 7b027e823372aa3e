package io.junction.allocation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The seller's allocation settings, kept in the database so that every node reads the same. Automatic
 * allocation of reviewed orders is off unless an admin turns it on (the demo turns it on).
 */
@Component
public class AllocationSettings {

    static final String AUTO = "allocation.auto";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AllocationSettings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether reviewed orders are allocated by themselves, and orders waiting for stock when it arrives. */
    public boolean autoAllocate() {
        return jdbc.query(
                "SELECT setting_value FROM app_setting WHERE setting_name = ?",
                rs -> rs.next() && "true".equals(rs.getString(1)),
                AUTO);
    }

    public void setAutoAllocate(boolean on, String actor) {
        int updated = jdbc.update(
                "UPDATE app_setting SET setting_value = ?, updated_by = ?, updated_at = ?" + " WHERE setting_name = ?",
                String.valueOf(on),
                actor,
                now(),
                AUTO);
        if (updated == 0) {
            initialise(on, actor);
        }
    }

    /** Now as the time columns hold it: UTC. */
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Sets automatic allocation unless someone has already chosen; answers whether this call set it. */
    public boolean initialise(boolean on, String actor) {
        return jdbc.update(
                        "INSERT INTO app_setting (setting_name, setting_value, updated_by, updated_at)"
                                + " SELECT ?, ?, ?, ? FROM (SELECT 1 AS one) x"
                                + " WHERE NOT EXISTS (SELECT 1 FROM app_setting WHERE setting_name = ?)",
                        AUTO,
                        String.valueOf(on),
                        actor,
                        now(),
                        AUTO)
                == 1;
    }
}
