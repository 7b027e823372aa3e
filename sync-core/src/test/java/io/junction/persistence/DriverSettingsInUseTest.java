package io.junction.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application's own pool has the driver settings on MariaDB through Connector/J, and none on H2 (CI runs this on
 * both).
 */
@SpringBootTest
class DriverSettingsInUseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationsConnectionsParseEachStatementOncePerConnectionOnConnectorJ() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        boolean mariadb = "mariadb".equals(System.getProperty("junction.test.db"));
        assertThat(pool.getJdbcUrl()).startsWith(mariadb ? "jdbc:mysql:" : "jdbc:h2:");
        if (!mariadb) {
            // H2 refuses settings it does not know: none are given
            assertThat(pool.getDataSourceProperties()).doesNotContainKey("cachePrepStmts");
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            var settings = connection.unwrap(JdbcConnection.class).getPropertySet();
            assertThat(settings.getBooleanProperty(PropertyKey.cachePrepStmts).getValue())
                    .isTrue();
            assertThat(settings.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit)
                            .getValue())
                    .isEqualTo(65536);
            assertThat(settings.getBooleanProperty(PropertyKey.useLocalSessionState)
                            .getValue())
                    .isTrue();
        }
    }
}
