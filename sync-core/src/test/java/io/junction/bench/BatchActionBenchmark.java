package io.junction.bench;

import static io.junction.bench.BenchDatabase.MARIADB;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.allocation.AllocationService;
import io.junction.audit.AuditService;
import io.junction.channel.ChannelOrder;
import io.junction.job.JobAction;
import io.junction.job.JobParams;
import io.junction.job.JobService;
import io.junction.job.JobState;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderStatus;
import io.junction.shop.Shop;
import io.junction.sku.WarehouseSku;
import io.junction.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12: 10,000 orders reviewed and allocated as two background jobs (batch approve, batch allocate: chunks of
 * 200, each as the order pages send it), and in the same run another 10,000 the same way one order at a time, as a
 * clerk clicking each would. Prints both times and the ratio; the goal is at least 10× and the batch under 5 s.
 *
 * <p>Run with {@code ./mvnw -B -pl sync-core -am verify -Pbench,mariadb -Dtest=BatchActionBenchmark} (database
 * {@code junction_bench}, or {@code JUNCTION_BENCH_DB_URL}); without {@code mariadb} on H2.
 * {@code -Djunction.bench.batch-orders=N} sets the count. Never part of the normal suites (tag "bench").
 */
@Tag("bench")
@SpringBootTest(properties = "junction.jobs.chunk=200")
class BatchActionBenchmark {

    /** 10,000, or the ingest benchmark's count when a short run sets it ({@code junction.bench.orders}), at most 10,000. */
    private static final int ORDERS = Integer.getInteger(
            "junction.bench.batch-orders", Math.min(10_000, Integer.getInteger("junction.bench.orders", 10_000)));

    @DynamicPropertySource
    static void benchDatabase(DynamicPropertyRegistry registry) {
        BenchDatabase.register(registry);
    }

    /** The batch actions as jobs, as the order pages and the API submit them. */
    @TestConfiguration
    static class BatchJobs {
        @Bean
        JobAction benchAudit(AuditService audit) {
            return action("bench-audit", audit::audit);
        }

        @Bean
        JobAction benchAllocate(AllocationService allocation) {
            return action("bench-allocate", allocation::allocate);
        }

        private static JobAction action(
                String kind, java.util.function.BiFunction<List<Long>, String, BatchActionResult> run) {
            return new JobAction() {
                @Override
                public String kind() {
                    return kind;
                }

                @Override
                public BatchActionResult run(List<Long> orderIds, JobParams params, String actor) {
                    return run.apply(orderIds, actor);
                }
            };
        }
    }

    @Autowired
    JobService jobs;

    @Autowired
    AuditService audit;

    @Autowired
    AllocationService allocation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void reviewsAndAllocatesTenThousandOrdersAsJobsAndOneAtATime() {
        // given two sets of orders to review, of a shop with a default method, each with stock for every order
        Fixtures fixtures = new Fixtures(context);
        Shop shop = fixtures.fakeShop();
        List<Long> batch = orders(fixtures, shop, ORDERS);
        List<Long> single = orders(fixtures, shop, ORDERS);
        warmUp(fixtures, shop);

        // when the first set goes through batch approve and batch allocate as jobs
        long batchStart = System.nanoTime();
        runJob("bench-audit", batch);
        double batchAudit = (System.nanoTime() - batchStart) / 1e9;
        runJob("bench-allocate", batch);
        double batchSeconds = (System.nanoTime() - batchStart) / 1e9;

        // and the second one order at a time
        long singleStart = System.nanoTime();
        single.forEach(id -> audit.audit(List.of(id), "bench"));
        double singleAudit = (System.nanoTime() - singleStart) / 1e9;
        single.forEach(id -> allocation.allocate(List.of(id), "bench"));
        double singleSeconds = (System.nanoTime() - singleStart) / 1e9;

        // then every order was allocated both ways
        assertThat(countIn(batch, OrderStatus.PENDING_TRACKING)).isEqualTo(ORDERS);
        assertThat(countIn(single, OrderStatus.PENDING_TRACKING)).isEqualTo(ORDERS);
        System.out.printf(
                Locale.ROOT,
                "%nBatch actions on %s, %,d orders (approve + allocate):%n"
                        + "  as jobs (chunks of 200):  %7.2f s  (%,.0f orders/s; approve %.2f s, allocate %.2f s)%n"
                        + "  one order at a time:      %7.2f s  (%,.0f orders/s; approve %.2f s, allocate %.2f s)%n"
                        + "  ratio one-at-a-time / jobs: %.1fx  (goal: at least 10x, jobs under 5 s)%n%n",
                MARIADB ? "MariaDB" : "H2",
                ORDERS,
                batchSeconds,
                ORDERS / batchSeconds,
                batchAudit,
                batchSeconds - batchAudit,
                singleSeconds,
                ORDERS / singleSeconds,
                singleAudit,
                singleSeconds - singleAudit,
                singleSeconds / batchSeconds);
    }

    private void runJob(String kind, List<Long> ids) {
        long id = jobs.submit(kind, ids, JobParams.of(Map.of()), "bench");
        jobs.runDue();
        JobService.Report report = jobs.report(id).orElseThrow();
        assertThat(report.job().state()).isEqualTo(JobState.DONE);
        assertThat(report.failed()).as("%s refusals", kind).isEmpty();
    }

    private void warmUp(Fixtures fixtures, Shop shop) {
        List<Long> warm = orders(fixtures, shop, 400);
        runJob("bench-audit", warm.subList(0, 200));
        runJob("bench-allocate", warm.subList(0, 200));
        warm.subList(200, 400).forEach(id -> audit.audit(List.of(id), "bench"));
        warm.subList(200, 400).forEach(id -> allocation.allocate(List.of(id), "bench"));
    }

    /** {@code count} new paid orders of one or two lines, ingested a hundred at a time as a sync would. */
    private static List<Long> orders(Fixtures fixtures, Shop shop, int count) {
        List<WarehouseSku> skus = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            skus.add(fixtures.sku(count * 2));
        }
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < count; from += 100) {
            List<ChannelOrder> page = new ArrayList<>();
            for (int i = from; i < Math.min(from + 100, count); i++) {
                page.add(
                        i % 3 == 0
                                ? fixtures.paidOrder(skus.get(i % 20), skus.get((i + 7) % 20))
                                : fixtures.paidOrder(skus.get(i % 20)));
            }
            fixtures.ingest(shop, page.toArray(ChannelOrder[]::new)).stream()
                    .map(Order::id)
                    .forEach(ids::add);
        }
        return ids;
    }

    private int countIn(List<Long> ids, OrderStatus status) {
        int found = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(from + 1000, ids.size()));
            String in = String.join(",", part.stream().map(String::valueOf).toList());
            found += jdbc.queryForObject(
                    "SELECT COUNT(*) FROM oms_order WHERE status = ? AND id IN (" + in + ")",
                    Integer.class,
                    status.name());
        }
        return found;
    }
}
