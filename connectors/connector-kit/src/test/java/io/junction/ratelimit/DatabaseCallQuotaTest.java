package io.junction.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.connectors.kit.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two {@link DatabaseCallQuota}s on two connection pools of one database are two nodes: together
 * they never exceed the plan. H2 in MySQL mode by default (the embedded demo's database); set
 * {@code -Djunction.rl.url=jdbc:mysql://…/junction_rl} (and {@code junction.rl.user/password}) to
 * run the same test on MariaDB/MySQL.
 */
class DatabaseCallQuotaTest {

    private static final String URL =
            System.getProperty("junction.rl.url", "jdbc:h2:mem:rate_limits;MODE=MySQL;DB_CLOSE_DELAY=-1");
    private static final String USER = System.getProperty("junction.rl.user", "sa");
    private static final String PASSWORD = System.getProperty("junction.rl.password", "");

    private final DataSource node1 = dataSource();
    private final DataSource node2 = dataSource();

    @BeforeEach
    void migrateAndEmpty() {
        Flyway.configure()
                .dataSource(node1)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        new JdbcTemplate(node1).update("DELETE FROM " + DatabaseCallQuota.TABLE);
    }

    @Test
    void twoNodesShareOneBucket() {
        // given two nodes on one clock and a plan of one call a second, burst 3
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        QuotaKey key = new QuotaKey("AMAZON", "seller-1", "searchOrders");
        UsagePlan plan = new UsagePlan(1, 3);
        DatabaseCallQuota first = new DatabaseCallQuota(node1, clock, Duration.ZERO);
        DatabaseCallQuota second = new DatabaseCallQuota(node2, clock, Duration.ZERO);

        // when the first node spends two calls and the second one
        first.acquire(key, plan);
        first.acquire(key, plan);
        second.acquire(key, plan);

        // then the bucket is empty for both
        assertThatThrownBy(() -> first.acquire(key, plan)).isInstanceOf(QuotaExhaustedException.class);
        assertThatThrownBy(() -> second.acquire(key, plan)).isInstanceOf(QuotaExhaustedException.class);

        // and a second later exactly one of them gets the refilled call
        clock.advance(Duration.ofMillis(1011));
        second.acquire(key, plan);
        assertThatThrownBy(() -> first.acquire(key, plan)).isInstanceOf(QuotaExhaustedException.class);
        assertThat(rowsOf(key)).isOne();
    }

    @Test
    void manyThreadsTakingTheFirstCallsOfABucketThatDoesNotExistYetAllGetThem() throws Exception {
        // given a bucket no call has created yet, and twenty threads of one node at once
        QuotaKey key = new QuotaKey("CARRIER", "account-new", "create");
        UsagePlan plan = new UsagePlan(1000, 1000);
        DatabaseCallQuota quota = new DatabaseCallQuota(node1, Clock.systemUTC(), Duration.ofSeconds(5));
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            // when
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(threads.submit(() -> quota.acquire(key, plan)));
            }

            // then none failed (a batching proxy answered BucketNotFoundException here), and one row holds the bucket
            for (Future<?> call : calls) {
                call.get();
            }
            assertThat(rowsOf(key)).isOne();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoBusyNodesTogetherNeverExceedThePlan() throws Exception {
        // given two nodes taking calls as fast as they can for one second, at 20/s burst 5
        QuotaKey key = new QuotaKey("AMAZON", "seller-2", "searchOrders");
        UsagePlan plan = new UsagePlan(20, 5);
        Clock clock = Clock.systemUTC();
        DatabaseCallQuota first = new DatabaseCallQuota(node1, clock, Duration.ZERO);
        DatabaseCallQuota second = new DatabaseCallQuota(node2, clock, Duration.ZERO);
        long start = System.nanoTime();
        Duration run = Duration.ofSeconds(1);

        // when
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Integer>> granted = new ArrayList<>();
        try {
            for (DatabaseCallQuota node : List.of(first, second)) {
                granted.add(nodes.submit(hammer(node, key, plan, start, run)));
            }
            int total = granted.get(0).get() + granted.get(1).get();
            double elapsed = (System.nanoTime() - start) / 1e9;

            // then both got calls, and together no more than the plan allows
            double allowed = plan.burst() + plan.ratePerSecond() * elapsed;
            System.out.printf(
                    "two nodes: %d + %d calls granted in %.2f s; the plan allows %.1f%n",
                    granted.get(0).get(), granted.get(1).get(), elapsed, allowed);
            assertThat(granted.get(0).get()).isPositive();
            assertThat(granted.get(1).get()).isPositive();
            assertThat((double) total).isLessThanOrEqualTo(allowed);
            assertThat((double) total).isGreaterThanOrEqualTo(allowed * 0.5);
        } finally {
            nodes.shutdownNow();
        }
    }

    /** How many rows of the quota table hold the bucket of {@code key}. */
    private Integer rowsOf(QuotaKey key) {
        return new JdbcTemplate(node1)
                .queryForObject(
                        "SELECT COUNT(*) FROM " + DatabaseCallQuota.TABLE + " WHERE id = ?",
                        Integer.class,
                        key.bucketId());
    }

    private static Callable<Integer> hammer(CallQuota node, QuotaKey key, UsagePlan plan, long start, Duration run) {
        return () -> {
            int granted = 0;
            while (System.nanoTime() - start < run.toNanos()) {
                try {
                    node.acquire(key, plan);
                    granted++;
                } catch (QuotaExhaustedException e) {
                    Thread.onSpinWait();
                }
            }
            return granted;
        };
    }

    private static DataSource dataSource() {
        return new DriverManagerDataSource(URL, USER, PASSWORD);
    }
}
