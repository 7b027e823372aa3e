package io.junction.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderMapper;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.sku.SkuMapper;
import io.junction.stock.StockLedger;
import io.junction.sync.OrderIntake;
import io.junction.web.ApiClient;
import io.junction.web.browser.DemoOrders;
import io.junction.web.scanout.StationClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The packing stations under load: {@code junction.bench.stations} handheld stations (40) each scan every
 * {@code junction.bench.interval-ms} (2,000 ms) for {@code junction.bench.seconds} (60 s), through the REST
 * API on loopback with a real HTTP client (java.net.http) and an API token each, as a handheld app does.
 * Each station works its own printed package: item scans until it is complete, then undo, and its label
 * again every tenth scan. Meanwhile a clerk approves and then allocates {@code junction.bench.batch-orders}
 * orders (10,000; 0 for none) through the API, two background jobs ({@link BatchLoad}), started with the
 * stations. The server-side time of every scan-out request (from the first filter, before sign-in, to the
 * answer) is measured in the server and printed as p50/p99/max, with the client's view: while the batch
 * ran, after it, and over the whole window.
 */
@Tag("bench")
// the demo users' password as the clients know it, whatever JUNCTION_DEMO_PASSWORD a shell exported (CI's demo step),
// and production's bcrypt cost rather than the tests' cheap one, so that HTTP Basic costs what it costs
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"junction.demo.password=" + ApiClient.PASSWORD, "junction.security.bcrypt-cost=10"})
@Import({DemoOrders.class, StationLoadBenchmark.ServerTiming.class})
class StationLoadBenchmark {

    private static final int STATIONS = Integer.getInteger("junction.bench.stations", 40);
    private static final int INTERVAL_MS = Integer.getInteger("junction.bench.interval-ms", 2000);
    private static final int SECONDS = Integer.getInteger("junction.bench.seconds", 60);
    /** {@code basic} sends the password with every call instead, to compare. */
    private static final boolean TOKENS = !"basic".equals(System.getProperty("junction.bench.auth", "token"));
    /** Packages per station: it ships all but the last, which it scans and undoes to the end. */
    private static final int PACKAGES = Integer.getInteger("junction.bench.packages-per-station", 5);
    /** The orders of the batch action that runs while the stations scan; 0 runs none. */
    private static final int BATCH_ORDERS = Integer.getInteger("junction.bench.batch-orders", 10_000);
    /**
     * Seconds into the window the clerk starts the batch action (0): later, the stations' first calls (each kind's
     * first in this JVM among them) come before it.
     */
    private static final int BATCH_DELAY = Integer.getInteger("junction.bench.batch-delay-seconds", 0);
    /**
     * Also prints the window second by second and its slowest requests, each with when it came, and writes every
     * server-side time to {@code target/station-times.csv} (second into the window, kind, milliseconds).
     */
    private static final boolean DETAIL = Boolean.getBoolean("junction.bench.detail");

    @LocalServerPort
    int port;

    @Autowired
    DemoOrders demo;

    @Autowired
    ScanOutService scanOut;

    @Autowired
    ConcurrentLinkedQueue<Timed> serverTimes;

    @Autowired
    OrderIntake intake;

    @Autowired
    OrderMapper orders;

    @Autowired
    SkuMapper skus;

    @Autowired
    StockLedger ledger;

    @Autowired
    PlatformTransactionManager txManager;

    @Autowired
    Clock clock;

    @Autowired
    MeterRegistry meters;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void fortyStationsScanningEveryTwoSecondsThroughTheApiWithTokensWhileABatchActionRuns() throws Exception {
        // given printed packages and a signed-in handheld per station
        List<Long> orderIds = demo.placeAndSync(STATIONS * PACKAGES);
        demo.readyToShip(orderIds);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Station> stations = new ArrayList<>();
        for (int i = 0; i < STATIONS; i++) {
            List<ScanPackage> its = new ArrayList<>();
            for (long orderId : orderIds.subList(i * PACKAGES, (i + 1) * PACKAGES)) {
                its.add(scanOut.read(demo.detail(orderId).packages().get(0).id()));
            }
            stations.add(new Station(new StationClient(http, port, "packer", "load-" + i, TOKENS), its));
        }
        stations.forEach(s -> s.client.open(s.pkg().packageNo()));
        // and orders waiting for review for the batch action, with a clerk (an API token) to act on them
        BatchLoad batch = new BatchLoad(BATCH_ORDERS);
        StationClient clerk = null;
        if (BATCH_ORDERS > 0) {
            batch.seed(intake, orders, skus, ledger, new TransactionTemplate(txManager), clock, demo.demoShop());
            clerk = new StationClient(http, port, "clerk", "bench-clerk", true);
        }
        serverTimes.clear();
        String loadBefore = loadAverage();
        PoolWaits poolBefore = PoolWaits.of(meters);

        // when the batch action starts with the stations
        ConcurrentLinkedQueue<Timed> clientTimes = new ConcurrentLinkedQueue<>();
        Tally<Integer> statuses = new Tally<>();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(STATIONS);
        CountDownLatch done = new CountDownLatch(STATIONS);
        long start = System.nanoTime();
        Instant windowBegan = Instant.now();
        Thread batchThread = BATCH_ORDERS > 0 ? batch.start(clerk, start, Duration.ofSeconds(BATCH_DELAY)) : null;
        long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
        for (Station s : stations) {
            long offset = ThreadLocalRandom.current().nextLong(INTERVAL_MS);
            pool.scheduleAtFixedRate(
                    () -> {
                        if (System.nanoTime() > end) {
                            done.countDown();
                            throw new IllegalStateException("over"); // ends this station's schedule
                        }
                        long sent = System.nanoTime();
                        int status = s.next();
                        clientTimes.add(new Timed(sent, System.nanoTime() - sent, null));
                        statuses.add(status);
                    },
                    offset,
                    INTERVAL_MS,
                    TimeUnit.MILLISECONDS);
        }
        assertThat(done.await(SECONDS + 60L, TimeUnit.SECONDS)).isTrue();
        pool.shutdownNow();
        String loadAfter = loadAverage();
        PoolWaits poolAfter = PoolWaits.of(meters);
        String atWindowEnd = batch.progress();
        if (batchThread != null) {
            batchThread.join(TimeUnit.MINUTES.toMillis(15));
        }

        // then
        List<Timed> server =
                serverTimes.stream().filter(t -> !t.kind().startsWith("clerk")).toList();
        List<Timed> clerkCalls =
                serverTimes.stream().filter(t -> t.kind().startsWith("clerk")).toList();
        List<Timed> client = new ArrayList<>(clientTimes);
        int offered = STATIONS * (int) (SECONDS * 1000L / INTERVAL_MS);
        long batchEnd = batch.finished() ? start + (long) (batch.endedAt() * 1e9) : end;
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%nStationLoadBenchmark on %s: %d stations (%s), a scan every %d ms each, %d s%n"
                        + "  load average (1, 5, 15 min) before %s, after %s%n"
                        + "  requests answered %,d of %,d offered (%.1f/s), statuses %s%n"
                        + "  database connections (Hikari) in the window: %s%n",
                databaseUrl.startsWith("jdbc:h2") ? "H2" : "MariaDB",
                STATIONS,
                TOKENS ? "API tokens" : "HTTP Basic",
                INTERVAL_MS,
                SECONDS,
                loadBefore,
                loadAfter,
                client.size(),
                offered,
                client.size() / (double) SECONDS,
                statuses,
                poolAfter.since(poolBefore)));
        if (BATCH_ORDERS > 0) {
            out.append(String.format(
                    Locale.ROOT,
                    "  batch action: %,d orders (seeded in %.1f s before the window), approve then allocate, as jobs"
                            + " through the API%n"
                            + "    at the window's end (%d s): %s%n"
                            + "    %s%n",
                    BATCH_ORDERS,
                    batch.seedSeconds(),
                    SECONDS,
                    atWindowEnd,
                    batch.finished()
                            ? String.format(
                                    Locale.ROOT,
                                    "finished after %.1f s (%s the window)",
                                    batch.endedAt(),
                                    batch.endedAt() <= SECONDS ? "within" : "after")
                            : batch.failure() != null
                                    ? "failed: " + batch.failure()
                                    : "still running 15 minutes after the window"));
            long approveEnd =
                    Math.min(Double.isNaN(batch.approvedAt()) ? end : start + (long) (batch.approvedAt() * 1e9), end);
            long batchStart = Math.min(start + TimeUnit.SECONDS.toNanos(BATCH_DELAY), end);
            if (BATCH_DELAY > 0) {
                out.append(row("before the batch", server, client, start, batchStart));
            }
            out.append(row("while the batch ran", server, client, batchStart, Math.min(batchEnd, end)));
            out.append(row("  while approving", server, client, batchStart, approveEnd));
            out.append(row("  while allocating", server, client, approveEnd, Math.min(batchEnd, end)));
            for (String kind : List.of("label", "items", "undo", "ship")) {
                List<Timed> ofKind =
                        server.stream().filter(t -> kind.equals(t.kind())).toList();
                out.append(row("  of which " + kind, ofKind, List.of(), batchStart, Math.min(batchEnd, end)));
            }
            out.append(row("after the batch", server, client, Math.min(batchEnd, end), end));
        }
        out.append(row("whole window", server, client, start, end));
        if (DETAIL) {
            out.append(String.format(
                    Locale.ROOT,
                    "  the window began at %s (JVM uptime %d ms)%n",
                    windowBegan,
                    ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - start) / 1_000_000));
            out.append(detail(server, start, end));
            out.append("  the clerk's calls (server-side):");
            clerkCalls.forEach(t -> out.append(String.format(
                    Locale.ROOT, " %s at %.2f s %.1f ms", t.kind(), (t.start() - start) / 1e9, t.nanos() / 1e6)));
            out.append(System.lineSeparator());
            Files.write(
                    Path.of("target", "station-times.csv"),
                    server.stream()
                            .map(t -> String.format(
                                    Locale.ROOT, "%.3f,%s,%.2f", (t.start() - start) / 1e9, t.kind(), t.nanos() / 1e6))
                            .toList());
        }
        System.out.println(out);
        assertThat(statuses.keys()).allMatch(status -> status == 200 || status == 422);
        assertThat(client.size()).isGreaterThan(offered / 2);
        if (BATCH_ORDERS > 0) {
            assertThat(batch.failure()).isNull();
            assertThat(batch.allocated()).isEqualTo(BATCH_ORDERS);
        }
    }

    /**
     * The requests sent from {@code from} to {@code to} ({@link System#nanoTime()}): server-side, and client-side
     * where the client's times are given.
     */
    private static String row(String label, List<Timed> server, List<Timed> client, long from, long to) {
        List<Long> s =
                server.stream().filter(t -> t.in(from, to)).map(Timed::nanos).toList();
        List<Long> c =
                client.stream().filter(t -> t.in(from, to)).map(Timed::nanos).toList();
        String line = String.format(
                Locale.ROOT,
                "  %-22s %,6d requests  server-side p50 %7.1f ms, p99 %7.1f ms, max %7.1f ms",
                label,
                s.size(),
                percentile(s, 50),
                percentile(s, 99),
                percentile(s, 100));
        if (!client.isEmpty()) {
            line += String.format(
                    Locale.ROOT,
                    " | client-side p50 %7.1f ms, p99 %7.1f ms, max %7.1f ms",
                    percentile(c, 50),
                    percentile(c, 99),
                    percentile(c, 100));
        }
        return line + System.lineSeparator();
    }

    /** The server-side times second by second, and the ten slowest requests with the second each came in. */
    private static String detail(List<Timed> server, long start, long end) {
        StringBuilder out = new StringBuilder("  second by second (server-side):").append(System.lineSeparator());
        for (long from = start; from < end; from += TimeUnit.SECONDS.toNanos(1)) {
            out.append(row(
                    String.format(Locale.ROOT, "  %5.1f s", (from - start) / 1e9),
                    server,
                    List.of(),
                    from,
                    from + TimeUnit.SECONDS.toNanos(1)));
        }
        out.append("  the slowest:");
        server.stream()
                .filter(t -> t.in(start, end))
                .sorted(Comparator.comparingLong(Timed::nanos).reversed())
                .limit(10)
                .forEach(t -> out.append(String.format(
                        Locale.ROOT, " %.1f ms (%s at %.2f s)", t.nanos() / 1e6, t.kind(), (t.start() - start) / 1e9)));
        return out.append(System.lineSeparator()).toString();
    }

    private static String loadAverage() throws java.io.IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.exists(loadavg)) {
            return "unknown";
        }
        String[] fields = Files.readString(loadavg).split(" ");
        return fields[0] + ", " + fields[1] + ", " + fields[2];
    }

    /** The connection pool's waits and holds so far, as Hikari's meters count them. */
    record PoolWaits(long acquired, double acquireMillis, double maxAcquireMillis, long held, double heldMillis) {

        static PoolWaits of(MeterRegistry meters) {
            Timer acquire = meters.find("hikaricp.connections.acquire").timer();
            Timer usage = meters.find("hikaricp.connections.usage").timer();
            if (acquire == null || usage == null) {
                return new PoolWaits(0, 0, 0, 0, 0);
            }
            return new PoolWaits(
                    acquire.count(),
                    acquire.totalTime(TimeUnit.MILLISECONDS),
                    acquire.max(TimeUnit.MILLISECONDS),
                    usage.count(),
                    usage.totalTime(TimeUnit.MILLISECONDS));
        }

        String since(PoolWaits before) {
            long n = acquired - before.acquired;
            long h = held - before.held;
            return String.format(
                    Locale.ROOT,
                    "%,d borrowed, waited %.2f ms on average for one (recent max %.1f ms), held %.1f ms on average",
                    n,
                    n == 0 ? 0 : (acquireMillis - before.acquireMillis) / n,
                    maxAcquireMillis,
                    h == 0 ? 0 : (heldMillis - before.heldMillis) / h);
        }
    }

    /** A request sent at {@code start} ({@link System#nanoTime()}) that took {@code nanos}; its kind if known. */
    record Timed(long start, long nanos, String kind) {
        boolean in(long from, long to) {
            return start >= from && start < to;
        }

        /** What the station asked for, by the path: item scan, undo, ship or label; or the clerk's call. */
        static String kind(String path) {
            if (path.startsWith("/api/v1/orders/actions/")) {
                return "clerk-submit";
            }
            if (path.startsWith("/api/v1/jobs/")) {
                return "clerk-poll";
            }
            for (String step : List.of("items", "undo", "ship")) {
                if (path.endsWith("/" + step)) {
                    return step;
                }
            }
            return "label";
        }
    }

    /**
     * One handheld and its packages: scans what is left of the current one, ships it and opens the next; the last
     * one it never ships, but undoes once all is scanned and scans again. The label again every tenth call.
     */
    private static final class Station {
        final StationClient client;
        final List<ScanPackage> packages;
        int current;
        List<String> barcodes;
        boolean opening;
        int scanned;
        int calls;

        Station(StationClient client, List<ScanPackage> packages) {
            this.client = client;
            this.packages = packages;
            this.barcodes = barcodes(packages.get(0));
        }

        private static List<String> barcodes(ScanPackage pkg) {
            return pkg.items().stream()
                    .flatMap(i -> Collections.nCopies(i.quantity(), i.barcodes().get(0)).stream())
                    .toList();
        }

        ScanPackage pkg() {
            return packages.get(current);
        }

        int next() {
            calls++;
            ScanPackage pkg = pkg();
            if (opening || calls % 10 == 0) {
                opening = false;
                return client.open(pkg.packageNo()).status();
            }
            if (scanned < barcodes.size()) {
                StationClient.Answer answer = client.scan(pkg.id(), barcodes.get(scanned));
                if (answer.status() == 200) {
                    scanned++;
                }
                return answer.status();
            }
            if (current < packages.size() - 1) {
                StationClient.Answer answer = client.post("/api/v1/scan-out/packages/" + pkg.id() + "/ship", "{}");
                if (answer.status() == 200) {
                    current++;
                    barcodes = barcodes(pkg());
                    scanned = 0;
                    opening = true;
                }
                return answer.status();
            }
            StationClient.Answer answer = client.undo(pkg.id());
            if (answer.status() == 200) {
                scanned--;
            }
            return answer.status();
        }
    }

    /** Counts of answers by status, safe across the stations' threads. */
    private static final class Tally<K> {
        private final ConcurrentHashMap<K, AtomicInteger> counts = new ConcurrentHashMap<>();

        void add(K key) {
            counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }

        java.util.Set<K> keys() {
            return counts.keySet();
        }

        @Override
        public String toString() {
            return new java.util.TreeMap<>(counts).toString();
        }
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
    }

    /** Times every scan-out request in the server, from the first filter (before sign-in) to the answer. */
    @TestConfiguration
    static class ServerTiming {

        @Bean
        ConcurrentLinkedQueue<Timed> serverTimes() {
            return new ConcurrentLinkedQueue<>();
        }

        @Bean
        FilterRegistrationBean<Filter> scanTiming(ConcurrentLinkedQueue<Timed> serverTimes) {
            FilterRegistrationBean<Filter> timing = new FilterRegistrationBean<>((request, response, chain) -> {
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    serverTimes.add(new Timed(
                            start,
                            System.nanoTime() - start,
                            Timed.kind(((HttpServletRequest) request).getRequestURI())));
                }
            });
            timing.addUrlPatterns("/api/v1/scan-out/*", "/api/v1/orders/actions/*", "/api/v1/jobs/*");
            timing.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return timing;
        }
    }
}
