package io.junction.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.JunctionApplication;
import io.junction.channel.ChannelConnector;
import io.junction.channel.Channels;
import io.junction.channel.SyncWindow;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.sync.SyncService;
import io.junction.web.demo.DemoProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reliability proof for one marketplace, against its simulator on the demo wiring: orders placed
 * over a quarter of an hour of simulated time, some listed up to 5 minutes late, changed out of order
 * (pay, cancel, refund with modified times older than changes already synced), a 429 storm, 5xx and
 * dropped connections, a run cut off in the middle of its pages, and a back-fill whose node dies
 * half-way and is recovered. After a final sync and a reconciling back-fill, every order the
 * simulator has must be in {@code oms_order} exactly once, at the simulator's latest status.
 *
 * <p>Time is simulated: the whole application and the simulators share a {@link ReliabilityClock}
 * that only the test moves, so a token bucket emptied by a storm stays empty for the run's retries.
 */
@SpringBootTest(
        classes = {JunctionApplication.class, ReliabilityClock.Configuration.class},
        // the marketplaces' production plans, which the other tests' settings raise: this proof meets its limits
        properties = {
            "junction.connectors.taobao.calls.usage-plans.otherwise=10/20",
            "junction.connectors.aliexpress.calls.usage-plans.otherwise=10/20",
            "junction.connectors.jd.calls.usage-plans.otherwise=10/20"
        })
abstract class MarketplaceReliabilityTest {

    /** The longest a change may take to show in list results. */
    static final Duration MAX_LATENESS = Duration.ofMinutes(5);

    private static final int ROUNDS = 16;
    private static final int BURST = 240;

    @Autowired
    SyncService syncService;

    @Autowired
    ShopService shops;

    @Autowired
    DemoProperties demo;

    @Autowired
    Channels channels;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReliabilityClock clock;

    // the marketplace, as the scenario needs it

    abstract String platform();

    /** Paid orders (ready to ship) created and last modified {@code at}; their ids. */
    abstract List<String> placePaid(int count, Instant at);

    /** Orders awaiting payment created {@code at}; empty if the simulator has no such state. */
    abstract List<String> placeUnpaid(int count, Instant at);

    abstract void pay(String orderId);

    abstract void cancel(String orderId);

    /** Whether the simulator's buyers can ask a refund of a paid order. */
    abstract boolean takesRefunds();

    abstract void requestRefund(String orderId);

    /** Changes from now on show in list results {@code lag} late; false if the simulator cannot (then only back-dated changes are late). */
    abstract boolean indexesLate(Duration lag);

    /** Empties the simulator's rate-limit bucket (the clock stands still during a run, so it stays empty). */
    abstract void rateLimitStorm();

    abstract void serverErrors(int status, int times);

    abstract void dropConnections(int times);

    /**
     * The next {@code calls} calls are served, every one after them is throttled until {@link #restoreQuota()}
     * (the clock stands still during a run, so the bucket does not refill).
     */
    abstract void allowOnly(int calls);

    /** How many calls read the first page of a long window but not the second (list and detail calls). */
    abstract int callsForAboutOnePage();

    abstract void restoreQuota();

    /** Every order id the simulator has: its own record of what exists. */
    abstract List<String> simulatorOrderIds();

    /** The simulator's latest status of the order, as Junction stores it in {@code platform_status}. */
    abstract String simulatorStatus(String orderId);

    // the run's record

    private enum Fate {
        UNPAID,
        PAID,
        REFUND_ASKED,
        CANCELLED
    }

    private static final class Tracked {
        Fate fate;
        Instant changedAt;

        Tracked(Fate fate, Instant changedAt) {
            this.fate = fate;
            this.changedAt = changedAt;
        }
    }

    private final Map<String, Tracked> placed = new LinkedHashMap<>();
    private final Map<String, Integer> faults = new LinkedHashMap<>();
    private Random random;
    private Shop shop;
    private ChannelConnector connector;
    private int syncs;
    private int failedSyncs;
    private int pages;
    private int lateOrders;
    private int backdatedChanges;
    private int changes;
    private String backfillCut;

    @Test
    void everyOrderTheSimulatorHasIsStoredExactlyOnceAtItsLatestStatusAfterFaultsAndReconciliation() {
        random = new Random(platform().hashCode());
        shop = shops.all().stream()
                .filter(s -> s.platform().equals(platform()) && s.name().endsWith(demo.instance()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo shop on " + platform()));
        connector = channels.connector(platform());
        indexesLate(Duration.ZERO);
        restoreQuota();

        // given a shop that is in sync before the period starts
        clock.advance(Duration.ofSeconds(5));
        assertThat(sync().succeeded()).isTrue();
        Instant periodStart = clock.instant();

        for (int round = 1; round <= ROUNDS; round++) {
            Instant previous = clock.instant();
            clock.advance(Duration.ofSeconds(40 + random.nextInt(35)).plusMillis(random.nextInt(1000)));
            indexLagFor(round);
            placeOrdersSince(previous, round == 1 ? BURST : 3 + random.nextInt(4));
            placeLateOrder(periodStart);
            if (round >= 2) {
                changeSomeOrders(3 + random.nextInt(3), periodStart);
            }
            switch (round) {
                case 2 -> {
                    // a run over the flash sale's pages that the platform cuts off after its first page
                    allowOnly(callsForAboutOnePage());
                    fault("run cut mid-pages");
                    sync();
                    restoreQuota();
                }
                case 3 -> {
                    rateLimitStorm();
                    fault("429 storm");
                    sync();
                }
                case 4 -> {
                    serverErrors(500, 2);
                    fault("5xx");
                    sync();
                }
                case 5 -> {
                    serverErrors(503, 4);
                    fault("5xx");
                    sync();
                }
                case 6 -> {
                    dropConnections(2);
                    fault("dropped connection");
                    sync();
                }
                case 7 -> {
                    dropConnections(8);
                    fault("dropped connection");
                    sync();
                }
                case 9 -> backfillCutShortAndRecovered(periodStart);
                case 11 -> {
                    rateLimitStorm();
                    fault("429 storm");
                    sync();
                }
                default -> sync();
            }
        }

        // when every late change has had time to show, a final sync reads what is left
        indexesLate(Duration.ZERO);
        clock.advance(MAX_LATENESS.plusMinutes(1).plusMillis(random.nextInt(1000)));
        SyncService.Report last = sync();
        assertThat(last.succeeded()).as(last.error()).isTrue();

        // then the incremental syncs alone missed nothing
        assertMatchesSimulator("after the final sync");

        // and a reconciling back-fill of the whole period finds nothing new and changes nothing
        clock.advance(Duration.ofSeconds(1));
        SyncService.Report reconciled =
                syncService.backfill(shop.id(), wholeWindowSince(periodStart), clock.instant(), false);
        assertThat(reconciled.succeeded()).as(reconciled.error()).isTrue();
        assertThat(reconciled.tally().created()).as("orders the syncs missed").isZero();
        assertThat(reconciled.tally().updated()).as("changes the syncs missed").isZero();
        assertMatchesSimulator("after reconciliation");

        System.out.printf(
                "RELIABILITY %s: %d orders (%d listed late, %d changes, %d back-dated), faults %s, "
                        + "%d syncs (%d failed), %d pages, %s, reconciliation %d pages: %s%n",
                platform(),
                simulatorOrderIds().size(),
                lateOrders,
                changes,
                backdatedChanges,
                faults,
                syncs,
                failedSyncs,
                pages,
                backfillCut,
                reconciled.pages(),
                reconciled.tally());
    }

    // the scenario's steps

    private void indexLagFor(int round) {
        Duration lag = round >= 2 && round <= 5
                ? Duration.ofMinutes(2)
                : round >= 10 && round <= 13 ? MAX_LATENESS : Duration.ZERO;
        if (indexesLate(lag) && !lag.isZero()) {
            fault("index lag " + lag.toMinutes() + "m");
        }
    }

    /** {@code count} orders spread over {@code (since, now]}, one in five awaiting payment. */
    private void placeOrdersSince(Instant since, int count) {
        long spanMillis = Duration.between(since, clock.instant()).toMillis();
        for (int i = 0; i < count; i++) {
            Instant at = since.plusMillis(1 + (long) (random.nextDouble() * (spanMillis - 1)));
            place(at, random.nextInt(5) == 0);
        }
    }

    /** One order placed up to 5 minutes ago that the list shows only now. */
    private void placeLateOrder(Instant periodStart) {
        Instant at = clock.instant().minusMillis(30_000 + random.nextInt((int) MAX_LATENESS.toMillis() - 30_000));
        if (at.isAfter(periodStart)) {
            place(at, false);
            lateOrders++;
        }
    }

    private void place(Instant at, boolean unpaid) {
        List<String> ids = unpaid ? placeUnpaid(1, at) : List.of();
        Fate fate = Fate.UNPAID;
        if (ids.isEmpty()) {
            ids = placePaid(1, at);
            fate = Fate.PAID;
        }
        for (String id : ids) {
            placed.put(id, new Tracked(fate, at));
        }
    }

    /**
     * Pays, cancels or refunds {@code count} orders; every third change is back-dated by up to
     * four minutes, so its modified time is older than changes the shop has already synced.
     */
    private void changeSomeOrders(int count, Instant periodStart) {
        List<String> open = placed.entrySet().stream()
                .filter(e -> e.getValue().fate != Fate.CANCELLED)
                .map(Map.Entry::getKey)
                .toList();
        for (int i = 0; i < count && !open.isEmpty(); i++) {
            String id = open.get(random.nextInt(open.size()));
            Tracked order = placed.get(id);
            Instant when = clock.instant();
            if (i % 3 == 2) {
                Instant backdated = when.minusMillis(30_000 + random.nextInt(210_000));
                if (backdated.isAfter(order.changedAt) && backdated.isAfter(periodStart)) {
                    when = backdated;
                }
            }
            Runnable change = change(id, order);
            if (change == null) {
                continue;
            }
            if (when.equals(clock.instant())) {
                change.run();
            } else {
                clock.at(when, change);
                backdatedChanges++;
            }
            order.changedAt = when;
            changes++;
        }
    }

    private Runnable change(String id, Tracked order) {
        int pick = random.nextInt(3);
        switch (order.fate) {
            case UNPAID -> {
                return pick == 0
                        ? () -> {
                            cancel(id);
                            order.fate = Fate.CANCELLED;
                        }
                        : () -> {
                            pay(id);
                            order.fate = Fate.PAID;
                        };
            }
            case PAID -> {
                if (pick == 0 || !takesRefunds()) {
                    return () -> {
                        cancel(id);
                        order.fate = Fate.CANCELLED;
                    };
                }
                return () -> {
                    requestRefund(id);
                    order.fate = Fate.REFUND_ASKED;
                };
            }
            case REFUND_ASKED -> {
                return () -> {
                    cancel(id);
                    order.fate = Fate.CANCELLED;
                };
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A back-fill of the period so far, cut off after its first pages; its node "dies" (the job is
     * left STARTED), and another node recovers it: it must read only the pages after the last
     * committed one, and miss nothing.
     */
    private void backfillCutShortAndRecovered(Instant periodStart) {
        SyncWindow window = wholeWindowSince(periodStart);
        Instant requestedAt = clock.instant();
        allowOnly(callsForAboutOnePage());
        fault("back-fill cut, node died");
        SyncService.Report cut = syncService.backfill(shop.id(), window, requestedAt, false);
        restoreQuota();
        assertThat(cut.succeeded()).as("the back-fill was cut off").isFalse();
        assertThat(cut.pages()).as("pages committed before the cut").isPositive();
        markLastExecutionStartedAsIfItsNodeDied();

        clock.advance(Duration.ofSeconds(5));
        SyncService.Report resumed = syncService.backfill(shop.id(), window, requestedAt, true);
        assertThat(resumed.succeeded()).as(resumed.error()).isTrue();

        clock.advance(Duration.ofSeconds(1));
        SyncService.Report again = syncService.backfill(shop.id(), window, clock.instant(), false);
        assertThat(again.succeeded()).as(again.error()).isTrue();
        assertThat(cut.pages() + resumed.pages())
                .as("the recovered back-fill read only the pages after its last committed one")
                .isEqualTo(again.pages());
        assertThat(again.tally().created())
                .as("orders the recovered back-fill missed")
                .isZero();
        assertThat(again.tally().updated())
                .as("changes the recovered back-fill missed")
                .isZero();
        pages += cut.pages() + resumed.pages() + again.pages();
        backfillCut = "back-fill cut after " + cut.pages() + " of " + again.pages() + " pages, resumed with "
                + resumed.pages();
    }

    private void markLastExecutionStartedAsIfItsNodeDied() {
        Long executionId = jdbc.queryForObject("""
                SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'shopId' AND p.PARAMETER_VALUE = ?""", Long.class, String.valueOf(shop.id()));
        jdbc.update(
                "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
                executionId);
        jdbc.update(
                "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
                executionId);
    }

    private SyncWindow wholeWindowSince(Instant periodStart) {
        return new SyncWindow(periodStart.minus(Duration.ofMinutes(1)), connector.newestQueryable(clock.instant()));
    }

    /** One incremental run; whatever its outcome, the watermark moves only to the end of a window read in full. */
    private SyncService.Report sync() {
        clock.advance(Duration.ofMillis(1 + random.nextInt(50)));
        Instant before = syncService.state(shop.id()).watermark();
        SyncService.Report report = syncService.sync(shop.id());
        syncs++;
        pages += report.pages();
        Instant after = syncService.state(shop.id()).watermark();
        if (report.succeeded()) {
            assertThat(after)
                    .as("watermark after a full read")
                    .isEqualTo(report.window().to().truncatedTo(ChronoUnit.MILLIS));
        } else {
            failedSyncs++;
            assertThat(after)
                    .as("watermark after a failed run (%s)", report.error())
                    .isEqualTo(before);
        }
        return report;
    }

    private void fault(String kind) {
        faults.merge(kind, 1, Integer::sum);
    }

    // the proof

    private void assertMatchesSimulator(String when) {
        List<String> duplicated = jdbc.queryForList("""
                SELECT platform_order_id FROM oms_order WHERE shop_id = ?
                GROUP BY platform_order_id HAVING COUNT(*) > 1""", String.class, shop.id());
        assertThat(duplicated).as("duplicated orders " + when).isEmpty();

        Map<String, String> stored = new HashMap<>();
        jdbc.query(
                "SELECT platform_order_id, platform_status FROM oms_order WHERE shop_id = ?",
                rs -> {
                    stored.put(rs.getString(1), rs.getString(2));
                },
                shop.id());
        List<String> onPlatform = simulatorOrderIds();
        assertThat(onPlatform)
                .as("the simulator's book")
                .hasSizeGreaterThanOrEqualTo(BURST)
                .containsAll(placed.keySet());
        List<String> missed =
                onPlatform.stream().filter(id -> !stored.containsKey(id)).toList();
        assertThat(missed).as("orders missed " + when).isEmpty();
        List<String> stale = new ArrayList<>();
        for (String id : onPlatform) {
            String expected = simulatorStatus(id);
            if (!expected.equals(stored.get(id))) {
                stale.add(id + ": stored " + stored.get(id) + ", on the platform " + expected);
            }
        }
        assertThat(stale)
                .as("orders whose platform status is not the simulator's latest " + when)
                .isEmpty();
    }
}
