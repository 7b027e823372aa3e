package io.junction.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.JunctionApplication;
import io.junction.web.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first admin of an installation without the demo: made from the environment on a start against
 * an empty user table, never touched again on later starts; without it, start-up is refused. Each
 * test starts Junction itself, demo off, on an embedded database of its own that outlives one start.
 */
class FirstAdminTest {

    private final String database = "jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1";

    @Test
    void aFirstAdminIsMadeFromTheEnvironmentOnceAndNeverTouchedAgain() {
        // given an installation with no user
        String hash;
        try (ConfigurableApplicationContext first = start("root-admin", "first-password")) {
            // when it starts with JUNCTION_ADMIN_USER and JUNCTION_ADMIN_PASSWORD
            List<Map<String, Object>> users = users(first);

            // then that admin exists, and signs in
            assertThat(users).singleElement().satisfies(u -> {
                assertThat(u.get("USERNAME")).isEqualTo("root-admin");
                assertThat(u.get("ROLE")).isEqualTo("ADMIN");
            });
            hash = (String) users.get(0).get("PASSWORD_HASH");
            assertThat(first.getBean(PasswordEncoder.class).matches("first-password", hash))
                    .isTrue();
            ApiClient admin = new ApiClient(port(first), "root-admin", "first-password");
            assertThat(admin.get("/api/v1/users").status()).isEqualTo(200);
        }

        // when it starts again with other values in the environment
        try (ConfigurableApplicationContext second = start("other-admin", "second-password")) {
            // then the first admin is as it was, and no other user was made
            assertThat(users(second)).singleElement().satisfies(u -> {
                assertThat(u.get("USERNAME")).isEqualTo("root-admin");
                assertThat(u.get("PASSWORD_HASH")).isEqualTo(hash);
            });
        }
    }

    @Test
    void startUpIsRefusedOnAnEmptyUserTableWithoutAFirstAdmin() {
        // given an installation with no user, when it starts without the first admin's name and password,
        // then it refuses to start, saying what to set
        assertThatThrownBy(() -> start("", "").close())
                .hasStackTraceContaining("JUNCTION_ADMIN_USER")
                .hasStackTraceContaining("JUNCTION_ADMIN_PASSWORD");

        // and a password shorter than 8 characters is refused too
        assertThatThrownBy(() -> start("root-admin", "short").close())
                .hasStackTraceContaining("JUNCTION_ADMIN_PASSWORD");
    }

    private ConfigurableApplicationContext start(String user, String password) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--junction.demo.enabled=false",
                "--server.port=0",
                "--junction.admin.user=" + user,
                "--junction.admin.password=" + password));
        return new SpringApplicationBuilder(JunctionApplication.class).run(args.toArray(String[]::new));
    }

    private static List<Map<String, Object>> users(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class)
                .queryForList(
                        "SELECT username AS \"USERNAME\", role AS \"ROLE\", password_hash AS \"PASSWORD_HASH\" FROM app_user");
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
