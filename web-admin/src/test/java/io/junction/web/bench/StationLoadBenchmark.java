package io.junction.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.web.ApiClient;
import io.junction.web.browser.DemoOrders;
import io.junction.web.scanout.StationClient;
import jakarta.servlet.Filter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The packing stations under load: {@code junction.bench.stations} handheld stations (40) each scan every
 * {@code junction.bench.interval-ms} (2,000 ms) for {@code junction.bench.seconds} (60 s), through the REST
 * API on loopback with a real HTTP client (java.net.http) and an API token each, as a handheld app does.
 * Each station works its own printed package: item scans until it is complete, then undo, and its label
 * again every tenth scan. The server-side time of every scan-out request (from the first filter, before
 * sign-in, to the answer) is measured in the server and printed as p50/p99/max, with the client's view.
 */
@Tag("bench")
// the demo users' password as the clients know it, whatever JUNCTION_DEMO_PASSWORD a shell exported (CI's demo step)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "junction.demo.password=" + ApiClient.PASSWORD)
@Import({DemoOrders.class, StationLoadBenchmark.ServerTiming.class})
class StationLoadBenchmark {

    private static final int STATIONS = Integer.getInteger("junction.bench.stations", 40);
    private static final int INTERVAL_MS = Integer.getInteger("junction.bench.interval-ms", 2000);
    private static final int SECONDS = Integer.getInteger("junction.bench.seconds", 60);
    /** {@code basic} sends the password with every call instead, to compare. */
    private static final boolean TOKENS = !"basic".equals(System.getProperty("junction.bench.auth", "token"));

    @LocalServerPort
    int port;

    @Autowired
    DemoOrders demo;

    @Autowired
    ScanOutService scanOut;

    @Autowired
    ConcurrentLinkedQueue<Long> serverNanos;

    @Test
    void fortyStationsScanningEveryTwoSecondsThroughTheApiWithTokens() throws Exception {
        // given a printed package and a signed-in handheld per station
        List<Long> orderIds = demo.placeAndSync(STATIONS);
        demo.readyToShip(orderIds);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        List<Station> stations = new ArrayList<>();
        for (int i = 0; i < STATIONS; i++) {
            ScanPackage pkg =
                    scanOut.read(demo.detail(orderIds.get(i)).packages().get(0).id());
            stations.add(new Station(new StationClient(http, port, "packer", "load-" + i, TOKENS), pkg));
        }
        stations.forEach(s -> s.client.open(s.pkg.packageNo()));
        serverNanos.clear();

        // when
        ConcurrentLinkedQueue<Long> clientNanos = new ConcurrentLinkedQueue<>();
        Tally<Integer> statuses = new Tally<>();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(STATIONS);
        CountDownLatch done = new CountDownLatch(STATIONS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        for (Station s : stations) {
            long offset = ThreadLocalRandom.current().nextLong(INTERVAL_MS);
            pool.scheduleAtFixedRate(
                    () -> {
                        if (System.nanoTime() > end) {
                            done.countDown();
                            throw new IllegalStateException("over"); // ends this station's schedule
                        }
                        long start = System.nanoTime();
                        int status = s.next();
                        clientNanos.add(System.nanoTime() - start);
                        statuses.add(status);
                    },
                    offset,
                    INTERVAL_MS,
                    TimeUnit.MILLISECONDS);
        }
        assertThat(done.await(SECONDS + 60L, TimeUnit.SECONDS)).isTrue();
        pool.shutdownNow();

        // then
        List<Long> server = new ArrayList<>(serverNanos);
        List<Long> client = new ArrayList<>(clientNanos);
        System.out.printf(
                Locale.ROOT,
                "%nStationLoadBenchmark: %d stations (%s), a scan every %d ms each, %d s, %d requests (%.1f/s), statuses %s%n"
                        + "  server-side: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                        + "  client-side: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                STATIONS,
                TOKENS ? "API tokens" : "HTTP Basic",
                INTERVAL_MS,
                SECONDS,
                client.size(),
                client.size() / (double) SECONDS,
                statuses,
                percentile(server, 50),
                percentile(server, 99),
                percentile(server, 100),
                percentile(client, 50),
                percentile(client, 99),
                percentile(client, 100));
        assertThat(statuses.keys()).allMatch(status -> status == 200 || status == 422);
        assertThat(client.size()).isGreaterThan(STATIONS * SECONDS * 1000 / INTERVAL_MS / 2);
    }

    /** One handheld and its package: scans what is left, undoes once all is scanned, rescans the label now and then. */
    private static final class Station {
        final StationClient client;
        final ScanPackage pkg;
        final List<String> barcodes;
        int scanned;
        int calls;

        Station(StationClient client, ScanPackage pkg) {
            this.client = client;
            this.pkg = pkg;
            this.barcodes = pkg.items().stream()
                    .flatMap(i -> Collections.nCopies(i.quantity(), i.barcodes().get(0)).stream())
                    .toList();
        }

        int next() {
            calls++;
            if (calls % 10 == 0) {
                return client.open(pkg.packageNo()).status();
            }
            if (scanned < barcodes.size()) {
                StationClient.Answer answer = client.scan(pkg.id(), barcodes.get(scanned));
                if (answer.status() == 200) {
                    scanned++;
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
        ConcurrentLinkedQueue<Long> serverNanos() {
            return new ConcurrentLinkedQueue<>();
        }

        @Bean
        FilterRegistrationBean<Filter> scanTiming(ConcurrentLinkedQueue<Long> serverNanos) {
            FilterRegistrationBean<Filter> timing = new FilterRegistrationBean<>((request, response, chain) -> {
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    serverNanos.add(System.nanoTime() - start);
                }
            });
            timing.addUrlPatterns("/api/v1/scan-out/*");
            timing.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return timing;
        }
    }
}
