package io.junction.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class MySqlDriverSettingsTest {

    @Test
    void givesConnectorJItsSettingsUnlessTheUrlOrThePropertiesSetThem() {
        // given a pool on MySQL whose URL turns the local session state off and whose properties size the cache
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:mysql://127.0.0.1:3306/junction?sslMode=DISABLED&useLocalSessionState=false");
        pool.addDataSourceProperty("prepStmtCacheSize", "50");

        // when the settings are applied
        new MySqlDriverSettings().postProcessBeforeInitialization(pool, "dataSource");

        // then what was given stays, and the rest is added
        assertThat(pool.getDataSourceProperties())
                .containsEntry("cachePrepStmts", "true")
                .containsEntry("prepStmtCacheSqlLimit", "65536")
                .containsEntry("prepStmtCacheSize", "50")
                .doesNotContainKey("useLocalSessionState");
    }

    @Test
    void leavesOtherDatabasesAlone() {
        // given a pool on H2, which refuses settings it does not know
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:settings");

        // when the settings are applied
        new MySqlDriverSettings().postProcessBeforeInitialization(pool, "dataSource");

        // then it has none of them
        assertThat(pool.getDataSourceProperties()).isEmpty();
    }
}
