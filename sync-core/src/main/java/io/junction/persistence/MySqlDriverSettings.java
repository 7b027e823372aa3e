package io.junction.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * MySQL Connector/J's settings for the statements Junction sends, given to every pool that connects through it (a
 * {@code jdbc:mysql:} URL, to MySQL or MariaDB: production's {@code mysql} profile and the tests' {@code mariadb} one
 * alike), each unless the JDBC URL or {@code spring.datasource.hikari.data-source-properties} sets it already:
 *
 * <ul>
 *   <li>{@code cachePrepStmts}, {@code prepStmtCacheSize} 250 and {@code prepStmtCacheSqlLimit} 65536: the driver
 *       parses a statement's text once per connection instead of every time it is prepared. A batch chunk's
 *       multi-row statements run again and again with the same text (200 rows of a dozen parameters: some 30,000
 *       characters, so the limit is well above the driver's 256); parsing them was 9% of the batch jobs' Java time.
 *   <li>{@code useLocalSessionState}: the driver answers what the connection's auto-commit, isolation and read-only
 *       state is from what it last set, instead of asking the server.
 * </ul>
 *
 * These are the settings HikariCP's documentation recommends for MySQL. A connection keeps at most 250 parsed
 * statements, each with its text: the large ones are a batch chunk's, whose text repeats, but at worst 250 of 64 KB
 * would be 16 MB a connection.
 */
public final class MySqlDriverSettings implements BeanPostProcessor {

    static final Map<String, String> DEFAULTS = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "65536",
            "useLocalSessionState", "true");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    /** Adds each setting the pool's URL and properties do not give, if the pool connects through Connector/J. */
    static void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:mysql:")) {
            return;
        }
        DEFAULTS.forEach((name, value) -> {
            if (!url.contains(name + "=") && !pool.getDataSourceProperties().containsKey(name)) {
                pool.addDataSourceProperty(name, value);
            }
        });
    }
}
