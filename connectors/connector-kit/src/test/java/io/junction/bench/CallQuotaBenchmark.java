package io.junction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.junction.ratelimit.DatabaseCallQuota;
import io.junction.ratelimit.QuotaKey;
import io.junction.ratelimit.UsagePlan;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many calls a second the shared call quota grants when several nodes' threads draw on one account's bucket at
 * once (a wave of pre-advices on three nodes): three simulated nodes, each its own connection pool and quota, ten
 * threads each, a plan far above what they ask, so that only the bucket's own cost limits them. Prints calls a
 * second for one node and for three.
 *
 * <p>H2 in MySQL mode by default; {@code -Djunction.rl.url=jdbc:mysql://…} (and {@code junction.rl.user},
 * {@code junction.rl.password}) for MariaDB, as the README's command does. {@code -Djunction.bench.calls=N} calls
 * per thread (default 200).
 */
@Tag("bench")
class CallQuotaBenchmark {

    private static final String URL =
            System.getProperty("junction.rl.url", "jdbc:h2:mem:quota_bench;MODE=MySQL;DB_CLOSE_DELAY=-1");
    private static final String USER = System.getProperty("junction.rl.user", "sa");
    private static final String PASSWORD = System.getProperty("junction.rl.password", "");
    private static final int CALLS = Integer.getInteger("junction.bench.calls", 200);
    private static final int THREADS_PER_NODE = 10;
    private static final UsagePlan PLENTY = new UsagePlan(1_000_000, 1_000_000);

    @Test
    void threeNodesDrawingOnOneBucketGetMoreCallsASecondThanOne() throws Exception {
        List<HikariDataSource> pools = new ArrayList<>();
        try {
            for (int n = 0; n < 3; n++) {
                pools.add(pool("node-" + n));
            }
            Flyway.configure()
                    .dataSource(pools.get(0))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            new JdbcTemplate(pools.get(0)).update("DELETE FROM " + DatabaseCallQuota.TABLE);

            double one = callsASecond(pools.subList(0, 1), "one");
            double three = callsASecond(pools, "three");

            System.out.printf(
                    Locale.ROOT,
                    "%n[call quota] one bucket, %d threads a node, %d calls each: one node %.0f calls/s,"
                            + " three nodes %.0f calls/s (%.2f x)%n%n",
                    THREADS_PER_NODE,
                    CALLS,
                    one,
                    three,
                    three / one);
            assertThat(one).isPositive();
            assertThat(three).isPositive();
        } finally {
            pools.forEach(HikariDataSource::close);
        }
    }

    /** Every node's threads draw {@link #CALLS} calls each from one bucket; the calls granted a second. */
    private static double callsASecond(List<HikariDataSource> nodes, String run) throws Exception {
        QuotaKey key = new QuotaKey("CARRIER", "bench-" + run, "create");
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size() * THREADS_PER_NODE);
        try {
            List<DatabaseCallQuota> quotas = nodes.stream()
                    .map(pool -> new DatabaseCallQuota(pool, Clock.systemUTC(), Duration.ofSeconds(30)))
                    .toList();
            quotas.get(0).acquire(key, PLENTY);
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (DatabaseCallQuota quota : quotas) {
                for (int t = 0; t < THREADS_PER_NODE; t++) {
                    running.add(threads.submit(() -> {
                        for (int c = 0; c < CALLS; c++) {
                            quota.acquire(key, PLENTY);
                        }
                    }));
                }
            }
            for (Future<?> each : running) {
                each.get();
            }
            return (double) running.size() * CALLS / ((System.nanoTime() - start) / 1e9);
        } finally {
            threads.shutdownNow();
        }
    }

    private static HikariDataSource pool(String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(THREADS_PER_NODE);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }
}
