package io.junction.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Pre-advice under faults, with the real application as a process of its own: N allocated orders (default 10,000)
 * request their tracking numbers as one background job through the API, against the carrier's simulator answering
 * 10 % of calls with a 5xx, 3 % each with an empty, a malformed and a garbage body, and 2 % slower than the client's
 * time-out (a random mix from a seed, so a run can be repeated). When 30-50 % of the job is done the application is
 * killed ({@code kill -9}) and started again; the job is taken over, and the orders still without an answer are
 * requested again (as a clerk would) until each package has its outcome. Then, by the carrier simulator's own book:
 * no reference booked twice, no package left without a tracking number or the carrier's refusal, no parcel booked
 * that Junction does not know, and no tracking number Junction holds that the carrier never booked. It prints the
 * figures: orders, parcels, faults met by kind, duplicates, unresolved, time, throughput and the time to recover.
 *
 * <p>The orders are made fast: a few go through the whole pipeline (a marketplace order synced, reviewed and
 * allocated through the API, its parcel booked once without faults to prove its address), and the harness copies
 * them in the database as new allocated orders with packages of their own (set-up only: users never write SQL).
 * {@code -Djunction.harness.preadvice-orders=N} (CI runs 300), {@code -Djunction.harness.fault-seed=S}.
 */
@Tag("harness")
class PreAdviceFaultHarness {

    private static final int ORDERS = Integer.getInteger("junction.harness.preadvice-orders", 10_000);
    private static final long SEED = Long.getLong("junction.harness.fault-seed", 7);
    /** How long the client waits for an answer; the simulator's slow answers come later. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(2);

    private static final Duration SLOW_ANSWER = Duration.ofSeconds(4);
    /** The share of the job done when the application is killed. */
    private static final double KILL_AT = 0.4;
    /** The whole run's bound: start-up and set-up, then about 120 ms an order on a loaded 2-core machine. */
    private static final Duration PATIENCE = Duration.ofMinutes(6).plusMillis(ORDERS * 120L);

    private static final String NODE = "node-a";

    /**
     * How long a job's runner holds it between two chunks: short for the harness (production: 60 s), so that the node
     * started again takes the job over soon after it is ready, rather than waiting out most of a minute. It is still
     * longer than a chunk takes (200 orders, the largest, took about 9 s at the 22 orders a second measured), and the
     * take-over is the same: the job is claimed again only once its lease has run out.
     */
    private static final Duration JOB_LEASE = Duration.ofSeconds(20);

    private final HarnessRun run = new HarnessRun(List.of(
            // the simulated carrier grants plenty: the faults are what this run is about, not its limits
            "--junction.carriers.calls.usage-plans.otherwise=500/50",
            "--junction.carriers.yunexpress.read-timeout=PT" + CLIENT_TIMEOUT.toSeconds() + "S",
            "--junction.carriers.yunexpress.call-timeout=PT" + (CLIENT_TIMEOUT.toSeconds() + 1) + "S",
            // the job commits its progress a chunk at a time: small enough chunks that the kill falls mid-run
            "--junction.jobs.chunk=" + Math.min(200, Math.max(25, ORDERS / 20)),
            "--junction.jobs.lease=PT" + JOB_LEASE.toSeconds() + "S"));
    private final List<String> report = new ArrayList<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        run.close();
    }

    @Test
    void everyPackageGetsOneParcelAndAnOutcomeThroughFaultsAndAKill() throws Exception {
        // given the application, the simulators, a seller set up through the API and N allocated orders
        Instant begun = Instant.now();
        run.begin();
        // the few marketplace orders first: the shops' first syncs read them
        int placed = run.placeQueryableOrders(2).values().stream()
                .mapToInt(List::size)
                .sum();
        run.start(NODE);
        run.awaitReady(NODE);
        run.setUpSellerThroughTheApi();
        List<Long> orders = allocatedOrders(placed, ORDERS);
        Instant setUp = Instant.now();

        // when the carrier fails the ways carriers fail and every order requests its tracking number as one job
        run.control(
                "POST",
                String.format(
                        Locale.ROOT,
                        "/faults?seed=%d&serverError=0.10&empty=0.03&malformed=0.03&garbage=0.03&slow=0.02&slowMs=%d",
                        SEED,
                        SLOW_ANSWER.toMillis()));
        Instant start = Instant.now();
        long job = submit(orders);
        // and the application is killed while it works through them, and started again
        int doneAtKill = awaitProgress(job, (int) (orders.size() * KILL_AT));
        Instant death = run.nodes.get(NODE).kill();
        run.start(NODE);
        run.awaitReady(NODE);
        Instant ready = Instant.now();
        HarnessRun.await(
                "the job goes on after the restart", PATIENCE, () -> jobDone(job) > doneAtKill || jobFinished(job));
        Instant resumed = Instant.now();
        awaitFinished(job);
        // orders left without an answer (the carrier did not answer, or the kill cut the call) are asked again
        int rounds = 1;
        while (!run.awaitingAnAnswer().isEmpty()) {
            assertThat(Duration.between(begun, Instant.now()))
                    .as("the run's bound")
                    .isLessThan(PATIENCE);
            requestAgain(run.awaitingAnAnswer());
            rounds++;
        }
        Duration took = Duration.between(start, Instant.now());

        // then, by the carrier simulator's own book
        JsonNode records = run.control("GET", "/records");
        Map<String, Integer> parcels = run.parcelsPerReference();
        Map<String, String> outcomes = new HashMap<>();
        run.db
                .queryForList("SELECT package_no, preadvice_status, tracking_number FROM oms_package")
                .forEach(p -> outcomes.put(
                        (String) p.get("package_no"),
                        p.get("tracking_number") != null ? "NUMBERED" : (String) p.get("preadvice_status")));
        long duplicates = parcels.values().stream().filter(n -> n > 1).count();
        long unresolved = outcomes.values().stream()
                .filter(o -> !o.equals("NUMBERED") && !o.equals("REJECTED"))
                .count();
        long refused = outcomes.values().stream().filter("REJECTED"::equals).count();
        long unknownToJunction = parcels.keySet().stream()
                .filter(ref -> !"NUMBERED".equals(outcomes.get(ref)))
                .count();
        long unknownToCarrier = outcomes.entrySet().stream()
                .filter(e -> e.getValue().equals("NUMBERED") && !parcels.containsKey(e.getKey()))
                .count();
        Map<String, Long> faults = new LinkedHashMap<>();
        records.get("faults")
                .properties()
                .forEach(carrier -> carrier.getValue()
                        .properties()
                        .forEach(kind ->
                                faults.merge(kind.getKey(), kind.getValue().asLong(), Long::sum)));
        StringJoiner faultFigures = new StringJoiner(", ");
        faults.forEach((kind, n) -> faultFigures.add(kind.toLowerCase(Locale.ROOT) + " " + n));
        report.add(String.format(
                Locale.ROOT,
                "%d orders (set up in %.0f s), one job; killed (kill -9) at %d done, ready again %.1f s after the"
                        + " kill, the job going on %.1f s after the kill (its lease %d s, short for the harness;"
                        + " production 60 s)",
                orders.size(),
                seconds(Duration.between(begun, setUp)),
                doneAtKill,
                seconds(Duration.between(death, ready)),
                seconds(Duration.between(death, resumed)),
                JOB_LEASE.toSeconds()));
        report.add("faults the carrier's calls met: " + faultFigures + " (seed " + SEED + ", client time-out "
                + CLIENT_TIMEOUT.toSeconds() + " s, slow answers " + SLOW_ANSWER.toSeconds() + " s)");
        report.add(String.format(
                Locale.ROOT,
                "packages %d: parcels booked %d, booked twice %d, unresolved %d, refused by the carrier %d;"
                        + " parcels Junction does not know %d, tracking numbers the carrier never booked %d",
                outcomes.size(),
                parcels.size(),
                duplicates,
                unresolved,
                refused,
                unknownToJunction,
                unknownToCarrier));
        report.add(String.format(
                Locale.ROOT,
                "every package resolved in %.1f s (%d jobs: the first and %d rounds for the orders left without"
                        + " an answer): %.1f orders/s",
                seconds(took),
                rounds,
                rounds - 1,
                orders.size() / seconds(took)));
        System.out.println("\n[pre-advice fault harness]\n  " + String.join("\n  ", report) + "\n");

        assertThat(duplicates).as("references booked twice").isZero();
        assertThat(unresolved).as("packages without a resolved outcome").isZero();
        assertThat(unknownToJunction)
                .as("parcels booked that Junction does not know")
                .isZero();
        assertThat(unknownToCarrier)
                .as("tracking numbers the carrier never booked")
                .isZero();
        assertThat(faults.values().stream().mapToLong(Long::longValue).sum())
                .as("faults met")
                .isPositive();
    }

    // the orders

    /**
     * {@code count} allocated orders: the {@code expected} few the marketplaces hold, through sync, review and
     * allocation, each booked once without faults so that its address is known good, then copied in the database as
     * new orders in PENDING_TRACKING with packages of their own that no carrier has seen.
     */
    private List<Long> allocatedOrders(int expected, int count) throws Exception {
        run.db
                .queryForList("SELECT id FROM chn_shop", Long.class)
                .forEach(shop -> run.api(NODE, "POST", "/api/v1/shops/" + shop + "/sync", null));
        HarnessRun.await(
                "the marketplaces' orders are in Junction", Duration.ofMinutes(3), () -> run.orderCount() >= expected);
        run.act("audit", run.idsIn("PENDING_AUDIT"));
        run.act("allocate", run.idsIn("PENDING_ALLOCATION"));
        run.act("request-tracking", run.idsIn("PENDING_TRACKING"));
        List<Long> templates = run.db.queryForList(
                "SELECT o.id FROM oms_order o WHERE o.status = 'PENDING_PRINT'"
                        + " AND (SELECT COUNT(*) FROM oms_package p WHERE p.order_id = o.id) = 1"
                        + " AND NOT EXISTS (SELECT 1 FROM oms_package_order m JOIN oms_package p ON p.id = m.package_id"
                        + " WHERE p.order_id = o.id) ORDER BY o.id",
                Long.class);
        assertThat(templates).as("orders the carrier accepted, to copy").isNotEmpty();
        return new OrderCopies(run.db).copy(templates, count);
    }

    // the jobs

    /** Requests tracking numbers for the orders through the API, as one background job; its id. */
    private long submit(List<Long> orderIds) {
        JsonNode queued = run.api(
                NODE, "POST", "/api/v1/orders/actions/request-tracking", Map.of("orderIds", List.copyOf(orderIds)));
        assertThat(queued.has("jobId"))
                .as("more than a page of orders runs as a job: " + queued)
                .isTrue();
        return queued.get("jobId").asLong();
    }

    /** Requests tracking numbers again, as a clerk would, and waits for the answer (a job's, for many orders). */
    private void requestAgain(List<Long> orderIds) throws InterruptedException {
        JsonNode answer = run.api(
                NODE, "POST", "/api/v1/orders/actions/request-tracking", Map.of("orderIds", List.copyOf(orderIds)));
        if (answer.has("jobId")) {
            awaitFinished(answer.get("jobId").asLong());
        }
    }

    /** Waits until the job has done at least {@code done} orders; how many it had done then. */
    private int awaitProgress(long job, int done) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            int now = jobDone(job);
            if (now >= done) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not reach " + done + " orders within " + PATIENCE);
    }

    private void awaitFinished(long job) throws InterruptedException {
        HarnessRun.await("job " + job + " finished", PATIENCE, () -> jobFinished(job));
    }

    private int jobDone(long job) {
        return run.db.queryForObject("SELECT done FROM app_job WHERE id = ?", Integer.class, job);
    }

    private boolean jobFinished(long job) {
        return "DONE".equals(run.db.queryForObject("SELECT state FROM app_job WHERE id = ?", String.class, job));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
