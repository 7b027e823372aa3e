package io.junction.web.bench;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.order.OrderMapper;
import io.junction.shop.Shop;
import io.junction.sku.SkuMapper;
import io.junction.stock.StockLedger;
import io.junction.sync.OrderIntake;
import io.junction.web.Pause;
import io.junction.web.scanout.StationClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The batch action that runs while the stations scan: {@code count} paid orders of the demo's products, waiting
 * for review, that a clerk approves and then allocates through the REST API as a person would from the order
 * pages ({@code POST /api/v1/orders/actions/audit}, then {@code .../allocate}, each a background job answered
 * with 202 and a job id), polling each job's progress until it is done.
 */
final class BatchLoad {

    /** The demo's warehouse SKUs, listed under their own codes in the tests: the stations pack the same ones. */
    private static final List<String> PRODUCTS =
            List.of("JN-MUG-001", "JN-TEE-002", "JN-BAG-003", "JN-LAMP-004", "JN-SOCK-005");

    private static final int PAGE = 500;

    private final int count;
    private volatile long t0;
    private volatile List<Long> orderIds = List.of();
    private volatile double seedSeconds;
    private volatile double startedAt = Double.NaN;
    private volatile double approvedAt = Double.NaN;
    private volatile double allocatedAt = Double.NaN;
    private volatile int approveDone;
    private volatile int allocateDone;
    private volatile int allocated;
    private volatile String failure;

    BatchLoad(int count) {
        this.count = count;
    }

    /**
     * Ingests the orders into {@code shop} as a sync would, a page of 500 at a time (multi-row statements), each
     * buyer a different one so that no rule holds them, and counts in enough stock for all of them.
     */
    void seed(
            OrderIntake intake,
            OrderMapper orders,
            SkuMapper skus,
            StockLedger ledger,
            TransactionTemplate tx,
            Clock clock,
            Shop shop) {
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> PRODUCTS.forEach(sku ->
                ledger.adjust(skus.findBySku(sku).id(), count, "bench", "stock for the batch action under load")));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        String marketplace = shop.marketplaceIdList().get(0);
        List<String> platformIds = new ArrayList<>();
        for (int from = 0; from < count; from += PAGE) {
            List<ChannelOrder> page = new ArrayList<>();
            for (int i = from; i < Math.min(from + PAGE, count); i++) {
                String id = "BATCH-" + run + "-" + i;
                List<ChannelOrder.Line> lines = new ArrayList<>();
                lines.add(line(id, 0, PRODUCTS.get(i % PRODUCTS.size())));
                if (i % 3 == 0) {
                    lines.add(line(id, 1, PRODUCTS.get((i + 2) % PRODUCTS.size())));
                }
                page.add(new ChannelOrder(
                        id,
                        "Unshipped",
                        PlatformState.READY_TO_SHIP,
                        marketplace,
                        now.minus(Duration.ofMinutes(30)),
                        now.minus(Duration.ofMinutes(3)),
                        "Buyer " + run + " " + i,
                        new Address(
                                "Buyer " + i,
                                null,
                                i + " Main St",
                                null,
                                "Springfield",
                                "IL",
                                "62701",
                                "US",
                                "555-0100"),
                        "USD",
                        new BigDecimal("9.99").multiply(BigDecimal.valueOf(lines.size())),
                        now.plus(Duration.ofDays(2)),
                        lines,
                        null));
                platformIds.add(id);
            }
            intake.ingest(shop, new OrderPage(page, List.of(), null));
        }
        List<Long> ids = new ArrayList<>(count);
        for (String id : platformIds) {
            ids.add(orders.findByPlatformId(shop.id(), id).id());
        }
        orderIds = List.copyOf(ids);
        seedSeconds = (System.nanoTime() - start) / 1e9;
    }

    private static ChannelOrder.Line line(String orderId, int n, String sku) {
        return new ChannelOrder.Line(orderId + "-" + n, sku, sku, 1, new BigDecimal("9.99"));
    }

    /**
     * A thread that approves the orders as one job, then allocates them as another, as the clerk submits them
     * {@code delay} after {@code t0} ({@link System#nanoTime()}), from which its times are told.
     */
    Thread start(StationClient clerk, long t0, Duration delay) {
        this.t0 = t0;
        Thread thread = new Thread(
                () -> {
                    try {
                        Pause.millis(delay.toMillis());
                        startedAt = now();
                        run(clerk);
                    } catch (RuntimeException e) {
                        failure = e.toString();
                    }
                },
                "bench-batch-action");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void run(StationClient clerk) {
        approveDone = runJob(clerk, "audit", true);
        approvedAt = now();
        allocated = runJob(clerk, "allocate", false);
        allocatedAt = now();
    }

    /** Submits the action on every order, then polls the job until it is done; answers how many succeeded. */
    private int runJob(StationClient clerk, String action, boolean approve) {
        String ids = orderIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        StationClient.Answer queued = clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + ids + "]}");
        if (queued.status() != 202) {
            throw new IllegalStateException(
                    action + " was not queued as a job: " + queued.status() + " " + queued.body());
        }
        long jobId = queued.body().get("jobId").asLong();
        while (true) {
            Pause.millis(1000);
            StationClient.Answer job = clerk.get("/api/v1/jobs/" + jobId);
            JsonNode body = job.body();
            int done = body.get("done").asInt();
            if (approve) {
                approveDone = done;
            } else {
                allocateDone = done;
            }
            if ("DONE".equals(body.get("state").asString())) {
                if (!body.get("failed").isEmpty()) {
                    throw new IllegalStateException(
                            action + ": " + body.get("failed").size() + " orders refused, the first "
                                    + body.get("failed").get(0));
                }
                return body.get("succeeded").size();
            }
        }
    }

    private double now() {
        return (System.nanoTime() - t0) / 1e9;
    }

    int count() {
        return count;
    }

    double seedSeconds() {
        return seedSeconds;
    }

    /** Seconds from {@code t0} when the clerk submitted the approval, or NaN until then. */
    double startedAt() {
        return startedAt;
    }

    /** Seconds from {@code t0} when every order was approved, or NaN until then. */
    double approvedAt() {
        return approvedAt;
    }

    /** Seconds from {@code t0} when the batch ended, or NaN while it runs. */
    double endedAt() {
        return allocatedAt;
    }

    boolean finished() {
        return !Double.isNaN(allocatedAt);
    }

    int allocated() {
        return allocated;
    }

    String failure() {
        return failure;
    }

    /** How far the batch got: each step with the second it ended, or its progress now. */
    String progress() {
        String approve = Double.isNaN(approvedAt)
                ? String.format(Locale.ROOT, "approve %,d of %,d done", approveDone, count)
                : String.format(Locale.ROOT, "approve done at %.1f s", approvedAt);
        String allocate = Double.isNaN(allocatedAt)
                ? String.format(Locale.ROOT, "allocate %,d of %,d done", allocateDone, count)
                : String.format(Locale.ROOT, "allocate done at %.1f s (%,d allocated)", allocatedAt, allocated);
        return String.format(Locale.ROOT, "started at %.1f s, %s, %s", startedAt, approve, allocate);
    }
}
