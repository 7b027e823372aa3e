package io.junction.bench;

import static io.junction.bench.BenchDatabase.MARIADB;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.allocation.AllocationService;
import io.junction.audit.AuditService;
import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.label.JunctionLabel;
import io.junction.label.JunctionLabelRenderer;
import io.junction.label.LabelSelection;
import io.junction.label.LabelService;
import io.junction.label.LabelSort;
import io.junction.label.LabelStoreMapper;
import io.junction.logistics.PreAdviceService;
import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.order.PackageMapper;
import io.junction.shop.Shop;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeCarrier;
import io.junction.testing.Fixtures;
import io.junction.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 7: a merged batch of 1,000 carrier labels, kept in the database when first fetched, printed in under
 * 5 s without calling the carrier. Each kept label is a real 100 × 100 mm PDF with embedded font subsets (drawn by
 * {@link JunctionLabelRenderer}, about the size of a carrier's), so the merge does the work a real batch does.
 * Prints the time of the first print (every label fetched from the carrier and kept), the reprint from the kept
 * labels (the goal: under 5 s), and the reprint sorted by bin, with the machine's load: it checks that no label is
 * fetched twice, and leaves the time to the reader, as the figures vary with the machine.
 *
 * <p>Run with {@code ./mvnw -B -pl sync-core -am verify -Pbench -Dtest=LabelBatchBenchmark} (add {@code mariadb}
 * for database {@code junction_bench}, or {@code JUNCTION_BENCH_DB_URL}); {@code -Djunction.bench.labels=N} for
 * another count. Never part of the normal suites (tag "bench").
 */
@Tag("bench")
@SpringBootTest
class LabelBatchBenchmark {

    private static final int LABELS = Integer.getInteger("junction.bench.labels", 1_000);

    @DynamicPropertySource
    static void benchDatabase(DynamicPropertyRegistry registry) {
        BenchDatabase.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    FakeCarrier carrier;

    @Autowired
    LabelService labels;

    @Autowired
    LabelStoreMapper store;

    @Autowired
    PackageMapper packages;

    @Autowired
    MutableClock clock;

    @Test
    void mergesAThousandKeptCarrierLabelsInUnderFiveSeconds() throws Exception {
        // given a thousand orders with tracking numbers, each carrier label as big as a real one
        carrier.reset();
        Fixtures fixtures = new Fixtures(context);
        Shop shop = fixtures.fakeShop();
        WarehouseSku sku = fixtures.sku(LABELS + 10);
        ChannelOrder[] platformOrders = new ChannelOrder[LABELS];
        for (int i = 0; i < LABELS; i++) {
            platformOrders[i] = fixtures.paidOrder(sku);
        }
        List<Long> ids =
                fixtures.ingest(shop, platformOrders).stream().map(Order::id).toList();
        context.getBean(AuditService.class).audit(ids, "bench");
        context.getBean(AllocationService.class).allocate(ids, "bench");
        assertThat(context.getBean(PreAdviceService.class)
                        .requestTracking(ids, "bench")
                        .failed())
                .isEmpty();
        List<OrderPackage> parcels = new ArrayList<>();
        ids.forEach(id -> parcels.addAll(packages.findByOrder(id)));
        byte[] realistic = JunctionLabelRenderer.render(List.of(new JunctionLabel(
                "YunExpress Standard",
                new Address(
                        "Junction Warehouse", null, "1 Warehouse Road", null, "Shenzhen", null, "518000", "CN", null),
                new Address(
                        "张伟 Ada Lovelace", null, "建国路88号 1 Main St", null, "Springfield", "IL", "62701", "US", null),
                "YT0000000000000000",
                "PKG-0",
                "113-0000000-0000000",
                sku.sku() + " ×1",
                350,
                null)));
        carrier.printLabels(true);

        // when the batch is printed the first time: every label fetched from the carrier and kept
        long firstStart = System.nanoTime();
        byte[] first = labels.mergedLabels(ids, "bench");
        double firstSeconds = seconds(firstStart);
        int callsAfterFirst = carrier.labelCalls();
        // (the kept labels replaced by realistic ones, as a carrier's are)
        var now = clock.instant();
        parcels.forEach(p -> store.update(p.id(), p.trackingNumber(), realistic, now));

        // (warmed up as a running server is)
        for (int i = 0; i < 3; i++) {
            labels.previewLabels(ids.subList(0, Math.min(200, LABELS)));
        }

        // and again from the kept labels, in the carrier's order and in bin order
        long reprintStart = System.nanoTime();
        byte[] reprint = labels.mergedLabels(ids, "bench");
        double reprintSeconds = seconds(reprintStart);
        long binStart = System.nanoTime();
        labels.mergedLabels(new LabelSelection(ids, LabelSort.BIN, null, null), "bench");
        double binSeconds = seconds(binStart);

        // then
        System.out.printf(
                Locale.ROOT,
                "%nLabelBatchBenchmark (%s, %d labels, %d KB per kept label):%n"
                        + "  first print, fetched from the carrier and kept: %.2f s%n"
                        + "  reprint from the kept labels:                   %.2f s (%.0f labels/s, %d KB merged;"
                        + " goal < 5 s)%n"
                        + "  reprint sorted by bin:                          %.2f s%n"
                        + "  cores: %d, system load average: %.1f%n",
                MARIADB ? "MariaDB" : "H2",
                LABELS,
                realistic.length / 1024,
                firstSeconds,
                reprintSeconds,
                LABELS / reprintSeconds,
                reprint.length / 1024,
                binSeconds,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        assertThat(carrier.labelCalls()).isEqualTo(callsAfterFirst);
        try (PDDocument document = Loader.loadPDF(reprint)) {
            assertThat(document.getNumberOfPages()).isEqualTo(LABELS);
        }
        assertThat(first).isNotEmpty();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
