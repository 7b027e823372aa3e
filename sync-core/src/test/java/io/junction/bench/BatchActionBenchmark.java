package io.junction.bench;

import static io.junction.bench.BenchDatabase.MARIADB;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.allocation.AllocationService;
import io.junction.audit.AuditService;
import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.job.JobAction;
import io.junction.job.JobParams;
import io.junction.job.JobService;
import io.junction.job.JobState;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderStatus;
import io.junction.rules.Rule;
import io.junction.rules.RuleActions;
import io.junction.rules.RuleConditions;
import io.junction.rules.RuleDraft;
import io.junction.rules.RuleRunner;
import io.junction.rules.RuleStore;
import io.junction.shop.Shop;
import io.junction.sku.WarehouseSku;
import io.junction.testing.Fixtures;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12: 10,000 new orders through the rules, batch approve and batch allocate, and in the same run another
 * 10,000 the same way one order at a time, as a clerk clicking each would. The rules are a seller's usual set
 * (approve small orders to four countries, hold orders with a buyer note, a method by destination and by weight,
 * a tag for multi-item orders, priority and a tag for a close ship-by), run with the checks as the product runs
 * them on a selection; the orders no rule approved or held are approved as a job (as the order pages submit more
 * than 200 orders), and then all the approved ones are allocated as a job. Prints the times of each step, the ratio and
 * the statements sent per 200 orders (a figure the machine's load does not change); the goal is at least 10× and
 * the batch under 5 s.
 *
 * <p>Run with {@code ./mvnw -B -pl sync-core -am verify -Pbench,mariadb -Dtest=BatchActionBenchmark} (database
 * {@code junction_bench}, or {@code JUNCTION_BENCH_DB_URL}); without {@code mariadb} on H2.
 * {@code -Djunction.bench.batch-orders=N} sets the count; {@code -Djunction.bench.slowest=true} also prints the
 * statements the jobs waited on longest; {@code -Djunction.bench.jobs-only=true} runs the jobs alone (no ratio), and
 * prints the time the statements took and the CPU time of the test's thread, to profile them in a few minutes.
 * Never part of the normal suites (tag "bench").
 */
@Tag("bench")
@SpringBootTest(properties = "junction.rules.checks.enabled=true")
class BatchActionBenchmark {

    /** 10,000, or the ingest benchmark's count when a short run sets it ({@code junction.bench.orders}), at most 10,000. */
    private static final int ORDERS = Integer.getInteger(
            "junction.bench.batch-orders", Math.min(10_000, Integer.getInteger("junction.bench.orders", 10_000)));

    private static final List<String> COUNTRIES = List.of("US", "DE", "GB", "FR", "ES", "JP", "AU", "US");
    private static final Map<String, String> POSTAL_CODES = Map.of(
            "US",
            "62701",
            "DE",
            "10115",
            "GB",
            "SW1A 1AA",
            "FR",
            "75001",
            "ES",
            "28001",
            "JP",
            "100-0001",
            "AU",
            "2000");
    /**
     * Orders that go through the jobs before the timed run ({@code junction.bench.warm-orders}; unless set, a fifth
     * of the count, at least 200 and at most 2,000):
     * what is timed is a server that has run the jobs before, its Java code compiled, as a server in use is; 200
     * orders left the compiler at work during the timed run (1.6 s of compilations were recorded in the jobs'
     * 12.5 s at load 10). A run with {@code -Djunction.bench.warm-orders=200} shows the colder figure.
     */
    private static final int WARM_ORDERS =
            Integer.getInteger("junction.bench.warm-orders", Math.min(2_000, Math.max(200, ORDERS / 5)));

    /** The jobs alone, without the same work one order at a time (no ratio): to profile them. */
    private static final boolean JOBS_ONLY = Boolean.getBoolean("junction.bench.jobs-only");

    private static final StatementCounter STATEMENTS = new StatementCounter();

    @DynamicPropertySource
    static void benchDatabase(DynamicPropertyRegistry registry) {
        BenchDatabase.register(registry);
    }

    /** The batch actions as jobs, as the order pages and the API submit them; every statement counted. */
    @TestConfiguration
    static class BatchJobs {
        @Bean
        JobAction benchAudit(AuditService audit) {
            return action("bench-audit", audit::audit, 0);
        }

        @Bean
        JobAction benchAllocate(AllocationService allocation) {
            return action("bench-allocate", allocation::allocate, AllocationService.JOB_CHUNK);
        }

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? STATEMENTS.wrap(dataSource) : bean;
                }
            };
        }

        /** A job action of {@code kind} that runs {@code run}, {@code chunk} orders at a time (0: the runner's). */
        private static JobAction action(
                String kind, java.util.function.BiFunction<List<Long>, String, BatchActionResult> run, int chunk) {
            return new JobAction() {
                @Override
                public String kind() {
                    return kind;
                }

                @Override
                public int chunk(JobParams params, int standard) {
                    return chunk == 0 ? standard : chunk;
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
    RuleStore ruleStore;

    @Autowired
    RuleRunner rules;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void rulesGone() {
        // rules apply to every order they match: none outlives the run
        created.forEach(ruleStore::delete);
    }

    /** The three steps' times and the statements each sent, of one way of working through the orders. */
    private record Steps(
            double rules,
            double approve,
            double allocate,
            Map<String, Long> rulesStatements,
            Map<String, Long> approveStatements,
            Map<String, Long> allocateStatements) {
        double total() {
            return rules + approve + allocate;
        }

        long statements() {
            return rulesStatements.get("total") + approveStatements.get("total") + allocateStatements.get("total");
        }
    }

    @Test
    void runsTheRulesThenApprovesAndAllocatesTenThousandOrdersAsJobsAndOneAtATime() {
        // given two sets of new orders of a shop with a default method, each with stock for every order
        Fixtures fixtures = new Fixtures(context);
        Shop shop = fixtures.fakeShop();
        List<Long> batch = orders(fixtures, shop, ORDERS);
        List<Long> single = JOBS_ONLY ? List.of() : orders(fixtures, shop, ORDERS);
        List<Long> warm = orders(fixtures, shop, WARM_ORDERS + 200);
        rules.awaitArrived(Duration.ofMinutes(10));
        // and a seller's rules, saved once the orders are in (the rules on new orders are not what is timed)
        rulesOf(shop, fixtures.fakeCarrierMethod(), fixtures.fakeCarrierMethod(), fixtures.fakeCarrierMethod());
        warmUp(warm);

        // when the first set goes through the rules, batch approve and batch allocate as jobs
        STATEMENTS.resetTimes();
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Steps jobsRun = time(
                batch,
                ids -> assertThat(rules.run(ids).failed()).isEmpty(),
                ids -> runJob("bench-audit", ids),
                ids -> runJob("bench-allocate", ids));
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        if (JOBS_ONLY) {
            System.out.printf(
                    Locale.ROOT,
                    "%nBatch actions on %s, %,d orders, as jobs only (after %,d orders through them to warm up): %.2f s"
                            + " (rules %.2f s, approve %.2f s, allocate %.2f s)%n"
                            + "  the statements took %.2f s of it as the application waited for them; the test's thread"
                            + " ran %.2f s on a core%n%s  the statements that took longest:%n%s%n%n",
                    MARIADB ? "MariaDB" : "H2",
                    ORDERS,
                    WARM_ORDERS,
                    jobsRun.total(),
                    jobsRun.rules(),
                    jobsRun.approve(),
                    jobsRun.allocate(),
                    STATEMENTS.waited(),
                    cpu,
                    statements(jobsRun, ORDERS / 200.0),
                    STATEMENTS.slowest(25));
            return;
        }
        String slowest = STATEMENTS.slowest(12);
        // and the second one order at a time
        Steps oneByOne = time(
                single,
                ids -> ids.forEach(id -> rules.run(List.of(id))),
                ids -> ids.forEach(id -> audit.audit(List.of(id), "bench")),
                ids -> ids.forEach(id -> allocation.allocate(List.of(id), "bench")));

        // then both ways held the same orders and allocated all the others
        int held = countIn(batch, OrderStatus.ON_HOLD);
        assertThat(held).isEqualTo(ORDERS / 20);
        assertThat(countIn(single, OrderStatus.ON_HOLD)).isEqualTo(held);
        assertThat(countIn(batch, OrderStatus.PENDING_TRACKING)).isEqualTo(ORDERS - held);
        assertThat(countIn(single, OrderStatus.PENDING_TRACKING)).isEqualTo(ORDERS - held);
        double chunks = ORDERS / 200.0;
        int approvedByRules = approvedByRules(batch);
        System.out.printf(
                Locale.ROOT,
                "%nBatch actions on %s, %,d orders: %d rules (and the checks), then approve what they left, then"
                        + " allocate%n  (the rules approved %,d and held %,d; approve took the other %,d)%n"
                        + "  as jobs (rules on the selection, %d at a time; jobs in chunks of %d; after %,d orders through"
                        + " them to warm up):%n"
                        + "    %7.2f s  (%,.0f orders/s; rules %.2f s, approve %.2f s, allocate %.2f s)%n"
                        + "%s"
                        + "  one order at a time:%n"
                        + "    %7.2f s  (%,.0f orders/s; rules %.2f s, approve %.2f s, allocate %.2f s)%n"
                        + "%s"
                        + "  ratio one-at-a-time / jobs: %.1fx%n"
                        + "  goal: at least 10x (%s), jobs under 5 s (%s)%n%n",
                MARIADB ? "MariaDB" : "H2",
                ORDERS,
                created.size(),
                approvedByRules,
                held,
                ORDERS - held - approvedByRules,
                RuleRunner.BATCH,
                context.getEnvironment().getProperty("junction.jobs.chunk", Integer.class, JobService.DEFAULT_CHUNK),
                WARM_ORDERS,
                jobsRun.total(),
                ORDERS / jobsRun.total(),
                jobsRun.rules(),
                jobsRun.approve(),
                jobsRun.allocate(),
                statements(jobsRun, chunks),
                oneByOne.total(),
                ORDERS / oneByOne.total(),
                oneByOne.rules(),
                oneByOne.approve(),
                oneByOne.allocate(),
                statements(oneByOne, chunks),
                oneByOne.total() / jobsRun.total(),
                oneByOne.total() / jobsRun.total() >= 10 ? "met" : "NOT met",
                jobsRun.total() < 5 ? "met" : "NOT met");
        if (Boolean.getBoolean("junction.bench.slowest")) {
            System.out.printf(
                    "  the statements of the jobs that took longest, as the application waited for them:%n%s%n%n",
                    slowest);
        }
    }

    /**
     * Runs the rules on the orders, then approves those still waiting for review, then allocates those approved;
     * the lists of what waits are read as the order pages read them, inside each step's time.
     */
    private Steps time(
            List<Long> ids,
            Consumer<List<Long>> runRules,
            Consumer<List<Long>> approve,
            Consumer<List<Long>> allocate) {
        Map<String, Long> before = STATEMENTS.snapshot();
        long start = System.nanoTime();
        runRules.accept(ids);
        long rulesDone = System.nanoTime();
        printSlowestOf("rules");
        Map<String, Long> afterRules = STATEMENTS.snapshot();
        approve.accept(idsIn(ids, OrderStatus.PENDING_AUDIT));
        long approveDone = System.nanoTime();
        printSlowestOf("approve");
        Map<String, Long> afterApprove = STATEMENTS.snapshot();
        allocate.accept(idsIn(ids, OrderStatus.PENDING_ALLOCATION));
        long allocateDone = System.nanoTime();
        printSlowestOf("allocate");
        return new Steps(
                (rulesDone - start) / 1e9,
                (approveDone - rulesDone) / 1e9,
                (allocateDone - approveDone) / 1e9,
                StatementCounter.between(before, afterRules),
                StatementCounter.between(afterRules, afterApprove),
                STATEMENTS.since(afterApprove));
    }

    /**
     * With {@code -Djunction.bench.steps=true}, the statements of the step just done that took longest, as the
     * application waited for them; then counts the next step's afresh.
     */
    private static void printSlowestOf(String step) {
        if (Boolean.getBoolean("junction.bench.steps")) {
            System.out.printf(
                    Locale.ROOT,
                    "  %s: the statements took %.2f s; longest:%n%s%n",
                    step,
                    STATEMENTS.waited(),
                    STATEMENTS.slowest(15));
            STATEMENTS.resetTimes();
        }
    }

    /** The statements sent per 200 orders, in all and by step and kind. */
    private static String statements(Steps steps, double chunks) {
        return String.format(
                Locale.ROOT,
                "    statements per 200 orders: %.0f; rules %s; approve %s; allocate %s%n",
                steps.statements() / chunks,
                perChunk(steps.rulesStatements(), chunks),
                perChunk(steps.approveStatements(), chunks),
                perChunk(steps.allocateStatements(), chunks));
    }

    private static String perChunk(Map<String, Long> statements, double chunks) {
        return String.format(Locale.ROOT, "%.0f ", statements.get("total") / chunks)
                + statements.entrySet().stream()
                        .filter(e -> !e.getKey().equals("total"))
                        .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / chunks))
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /** A seller's rules for this shop's orders. */
    private void rulesOf(Shop shop, LogisticsMethod usMethod, LogisticsMethod euMethod, LogisticsMethod heavyMethod) {
        rule(
                "approve small orders to US, DE, GB, FR",
                "AUDIT",
                10,
                c -> {
                    c.countries = List.of("US", "DE", "GB", "FR");
                    c.maxTotal = new BigDecimal("50.00");
                    c.currency = "USD";
                },
                new RuleActions(true, null, null, null, null),
                shop);
        rule(
                "hold orders with a buyer note",
                "AUDIT",
                20,
                c -> c.hasBuyerNote = true,
                new RuleActions(null, "read the buyer's note first", null, null, null),
                shop);
        rule(
                "multi-item tag",
                "AUDIT",
                5,
                c -> c.minItems = 2,
                new RuleActions(null, null, null, List.of("multi"), null),
                shop);
        rule(
                "ship within a day",
                "AUDIT",
                30,
                c -> c.shipByWithinHours = 24,
                new RuleActions(null, null, null, List.of("urgent"), 10),
                shop);
        rule(
                "heavy parcels",
                "LOGISTICS",
                20,
                c -> c.minWeightGrams = 600,
                new RuleActions(null, null, heavyMethod.id(), null, null),
                shop);
        rule(
                "US parcels",
                "LOGISTICS",
                10,
                c -> c.countries = List.of("US"),
                new RuleActions(null, null, usMethod.id(), null, null),
                shop);
        rule(
                "EU parcels",
                "LOGISTICS",
                5,
                c -> c.countries = List.of("DE", "FR", "ES"),
                new RuleActions(null, null, euMethod.id(), null, null),
                shop);
    }

    /** The conditions as a rule form fills them in. */
    private static final class When {
        List<String> countries;
        BigDecimal maxTotal;
        String currency;
        Integer minItems;
        Integer minWeightGrams;
        Boolean hasBuyerNote;
        Integer shipByWithinHours;
    }

    private void rule(String name, String kind, int priority, Consumer<When> when, RuleActions then, Shop shop) {
        When c = new When();
        when.accept(c);
        RuleConditions conditions = new RuleConditions(
                List.of(shop.id()),
                null,
                c.countries,
                null,
                null,
                c.maxTotal,
                c.currency,
                c.minItems,
                null,
                c.minWeightGrams,
                null,
                c.hasBuyerNote,
                c.shipByWithinHours,
                null,
                null);
        Rule rule = ruleStore.create(
                new RuleDraft(Fixtures.unique("bench " + name), kind, priority, true, conditions, then), "bench");
        created.add(rule.id());
    }

    private void runJob(String kind, List<Long> ids) {
        long id = jobs.submit(kind, ids, JobParams.of(Map.of()), "bench");
        jobs.runDue();
        JobService.Report report = jobs.report(id).orElseThrow();
        assertThat(report.job().state()).isEqualTo(JobState.DONE);
        assertThat(report.failed()).as("%s refusals", kind).isEmpty();
    }

    /** The jobs on all but the last 200 of {@code warm}, then those 200 one order at a time. */
    private void warmUp(List<Long> warm) {
        List<Long> jobsPart = warm.subList(0, warm.size() - 200);
        rules.run(jobsPart);
        runJob("bench-audit", idsIn(jobsPart, OrderStatus.PENDING_AUDIT));
        runJob("bench-allocate", idsIn(jobsPart, OrderStatus.PENDING_ALLOCATION));
        List<Long> singlePart = warm.subList(warm.size() - 200, warm.size());
        singlePart.forEach(id -> rules.run(List.of(id)));
        idsIn(singlePart, OrderStatus.PENDING_AUDIT).forEach(id -> audit.audit(List.of(id), "bench"));
        idsIn(singlePart, OrderStatus.PENDING_ALLOCATION).forEach(id -> allocation.allocate(List.of(id), "bench"));
    }

    /**
     * {@code count} new paid orders, ingested a hundred at a time as a sync would: to seven countries, one in three
     * of two lines, one in four over 50, one in twenty with a buyer note, one in ten to ship within 12 hours; each
     * buyer different (the duplicate check would hold look-alikes).
     */
    private List<Long> orders(Fixtures fixtures, Shop shop, int count) {
        List<WarehouseSku> skus = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            skus.add(fixtures.sku(count * 2));
        }
        Instant updated = clock.instant().minus(Duration.ofMinutes(3));
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < count; from += 100) {
            List<ChannelOrder> page = new ArrayList<>();
            for (int i = from; i < Math.min(from + 100, count); i++) {
                List<WarehouseSku> lines =
                        i % 3 == 0 ? List.of(skus.get(i % 20), skus.get((i + 7) % 20)) : List.of(skus.get(i % 20));
                String id = Fixtures.unique("PO");
                List<ChannelOrder.Line> items = new ArrayList<>();
                for (int l = 0; l < lines.size(); l++) {
                    WarehouseSku sku = lines.get(l);
                    items.add(new ChannelOrder.Line(id + "-" + l, sku.sku(), sku.name(), 1, new BigDecimal("9.99")));
                }
                String country = COUNTRIES.get(i % COUNTRIES.size());
                page.add(new ChannelOrder(
                        id,
                        PlatformState.READY_TO_SHIP.name(),
                        PlatformState.READY_TO_SHIP,
                        "M1",
                        updated.minus(Duration.ofHours(1)),
                        updated,
                        Fixtures.unique("buyer"),
                        new Address(
                                "Ada Lovelace",
                                null,
                                (i % 500 + 1) + " Main St",
                                null,
                                "Springfield",
                                "IL",
                                POSTAL_CODES.get(country),
                                country,
                                "555-0100"),
                        "USD",
                        i % 4 == 0
                                ? new BigDecimal("79.00")
                                : new BigDecimal("9.99").multiply(BigDecimal.valueOf(lines.size())),
                        i % 10 == 0 ? updated.plus(Duration.ofHours(12)) : updated.plus(Duration.ofDays(2)),
                        items,
                        i % 20 == 7 ? "please gift-wrap it" : null));
            }
            fixtures.ingest(shop, page.toArray(ChannelOrder[]::new)).stream()
                    .map(Order::id)
                    .forEach(ids::add);
        }
        return ids;
    }

    private int approvedByRules(List<Long> ids) {
        return count(
                ids,
                "SELECT COUNT(*) FROM oms_order_history WHERE to_status = 'PENDING_ALLOCATION'"
                        + " AND actor LIKE 'rule:%' AND order_id IN ");
    }

    private int countIn(List<Long> ids, OrderStatus status) {
        return count(ids, "SELECT COUNT(*) FROM oms_order WHERE status = '" + status.name() + "' AND id IN ");
    }

    private int count(List<Long> ids, String sqlBeforeIds) {
        int found = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            found += jdbc.queryForObject(
                    sqlBeforeIds + in(ids.subList(from, Math.min(from + 1000, ids.size()))), Integer.class);
        }
        return found;
    }

    /** The orders of {@code ids} in {@code status}, in the order given. */
    private List<Long> idsIn(List<Long> ids, OrderStatus status) {
        List<Long> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(jdbc.queryForList(
                    "SELECT id FROM oms_order WHERE status = ? AND id IN "
                            + in(ids.subList(from, Math.min(from + 1000, ids.size()))) + " ORDER BY id",
                    Long.class,
                    status.name()));
        }
        return found;
    }

    private static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }
}
