package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.yunexpress.simulator.YunExpressSimulator;
import io.junction.job.JobAction;
import io.junction.job.JobParams;
import io.junction.job.JobService;
import io.junction.job.JobState;
import io.junction.order.BatchActionResult;
import io.junction.order.OrderBatchMapper;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PackageMapper;
import io.junction.web.DemoAmazonShopApiTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch-action job whose node dies between a chunk's action and the commit of the chunk's outcomes: the node that
 * takes it over reports every order the dead node moved as succeeded, once, and moves nothing twice.
 */
class ResumedOrderJobTest extends DemoAmazonShopApiTest {

    /** The batch actions as a job whose node dies once, when asked, right after the action and before the record. */
    @TestConfiguration
    static class DyingNode {
        static final AtomicBoolean DIE_AFTER_ACTION = new AtomicBoolean();
        static final AtomicInteger DIED = new AtomicInteger();

        @Bean
        JobAction dyingOrderActions(OrderActions actions) {
            return new JobAction() {
                @Override
                public String kind() {
                    return "dying-order-action";
                }

                @Override
                public BatchActionResult run(List<Long> orderIds, JobParams params, String actor) {
                    BatchActionResult result = actions.run(orderIds, params, actor);
                    if (DIE_AFTER_ACTION.getAndSet(false)) {
                        DIED.incrementAndGet();
                        throw new IllegalStateException("the node died before it recorded the chunk");
                    }
                    return result;
                }

                @Override
                public Set<Long> alreadyDone(List<Long> orderIds, JobParams params, String actor, Instant since) {
                    return actions.alreadyDone(orderIds, params, actor, since);
                }
            };
        }
    }

    @Autowired
    YunExpressSimulator yunExpress;

    @Autowired
    OrderMapper orders;

    @Autowired
    OrderBatchMapper batchOrders;

    @Autowired
    PackageMapper packages;

    @Autowired
    JobService jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reviewedOrdersOfAChunkWhoseNodeDiedAreReportedReviewedOnce() throws Exception {
        // given
        List<Long> ids = placeAndSync(3);

        // when
        JobService.Report report = runDyingOnce("audit", ids, Map.of());

        // then
        assertAllSucceededOnce(report, ids, OrderStatus.PENDING_AUDIT, OrderStatus.PENDING_ALLOCATION);
    }

    @Test
    void allocatedOrdersOfAChunkWhoseNodeDiedAreReportedAllocatedOnce() throws Exception {
        // given
        List<Long> ids = placeAndSync(3);
        act("audit", ids);

        // when
        JobService.Report report = runDyingOnce("allocate", ids, Map.of());

        // then
        assertAllSucceededOnce(report, ids, OrderStatus.PENDING_ALLOCATION, OrderStatus.PENDING_TRACKING);
        ids.forEach(id -> assertThat(packages.findByOrder(id)).hasSize(1));
    }

    @Test
    void ordersWhoseTrackingARunThatDiedRequestedAreReportedOnceWithOneParcelEach() throws Exception {
        // given
        List<Long> ids = placeAndSync(3);
        act("audit", ids);
        act("allocate", ids);

        // when
        JobService.Report report = runDyingOnce("request-tracking", ids, Map.of());

        // then one parcel per package at the carrier, none asked for twice
        assertAllSucceededOnce(report, ids, OrderStatus.PENDING_TRACKING, OrderStatus.PENDING_PRINT);
        ids.forEach(id -> {
            OrderPackage pkg = packages.findByOrder(id).get(0);
            assertThat(pkg.trackingNumber()).isNotNull();
            assertThat(yunExpress.parcelsFor(pkg.packageNo())).hasSize(1);
        });
    }

    @Test
    void taggedOrdersOfAChunkWhoseNodeDiedAreReportedTaggedWithOneHistoryRow() throws Exception {
        // given
        List<Long> ids = placeAndSync(3);
        String tag = "resumed-" + UUID.randomUUID().toString().substring(0, 8);

        // when
        JobService.Report report = runDyingOnce("add-tags", ids, Map.of("tags", List.of(tag)));

        // then
        assertThat(report.succeeded()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(report.failed()).isEmpty();
        ids.forEach(id -> {
            assertThat(batchOrders.tags(id)).containsOnlyOnce(tag);
            assertThat(orders.history(id).stream()
                            .filter(h -> ("tags added: " + tag).equals(h.reason()))
                            .count())
                    .isEqualTo(1);
        });
    }

    /**
     * Submits the action as a job whose node dies after the first chunk's action; once that node's lease has run
     * out (set back here rather than waited for), a runner takes the job over; answers the finished job's report.
     */
    private JobService.Report runDyingOnce(String action, List<Long> ids, Map<String, Object> input)
            throws InterruptedException {
        int diedBefore = DyingNode.DIED.get();
        DyingNode.DIE_AFTER_ACTION.set(true);
        Map<String, Object> params = new LinkedHashMap<>(input);
        params.put("action", action);
        long jobId = jobs.submit("dying-order-action", ids, JobParams.of(params), "clerk");
        await(() -> DyingNode.DIED.get() > diedBefore);
        JobService.Report afterDeath = jobs.report(jobId).orElseThrow();
        assertThat(afterDeath.job().done())
                .as("nothing recorded by the node that died")
                .isZero();
        assertThat(afterDeath.succeeded()).isEmpty();
        jdbc.update(
                "UPDATE app_job SET leased_until = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofSeconds(1))),
                jobId);
        await(() -> jobs.report(jobId).orElseThrow().job().state() == JobState.DONE);
        return jobs.report(jobId).orElseThrow();
    }

    private void assertAllSucceededOnce(JobService.Report report, List<Long> ids, OrderStatus from, OrderStatus to) {
        assertThat(report.failed()).isEmpty();
        assertThat(report.succeeded()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(report.job().done()).isEqualTo(ids.size());
        ids.forEach(id -> {
            assertThat(orders.findById(id).status()).isEqualTo(to);
            assertThat(orders.history(id).stream()
                            .filter(h -> h.fromStatus() == from && h.toStatus() == to)
                            .count())
                    .as("moves of order %d from %s to %s", id, from, to)
                    .isEqualTo(1);
        });
    }

    private void act(String action, List<Long> ids) {
        var result = clerk.ok(clerk.post(
                "/api/v1/orders/actions/" + action,
                "{\"orderIds\":" + ids.toString().replace(" ", "") + "}"));
        assertThat(result.get("failed")).as(action + ": " + result).isEmpty();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 60 s").isBefore(until);
            Thread.sleep(100);
        }
    }

    private List<Long> placeAndSync(int count) {
        List<String> placed = amazon.placeOrders(count, Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        return placed.stream().map(p -> orders.findByPlatformId(shopId, p).id()).toList();
    }
}
