package io.junction.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.junction.audit.AuditService;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

@SpringBootTest(properties = "junction.jobs.chunk=4")
class JobServiceTest extends EmptyFakeShopTest {

    /** Reviews orders as a job: the batch action every job-running feature plugs in the same way. */
    @TestConfiguration
    static class AuditJob {
        /** Set to make the next chunk's node die after the action and before its outcomes are committed. */
        static final AtomicBoolean DIE_AFTER_ACTION = new AtomicBoolean();

        @Bean
        JobAction auditJob(AuditService audit, OrderMapper orders) {
            return new JobAction() {
                @Override
                public String kind() {
                    return "test-audit";
                }

                @Override
                public BatchActionResult run(List<Long> orderIds, JobParams params, String actor) {
                    BatchActionResult result = audit.audit(orderIds, actor + " (" + params.text("why") + ")");
                    if (DIE_AFTER_ACTION.getAndSet(false)) {
                        throw new IllegalStateException("node died after the action");
                    }
                    return result;
                }

                @Override
                public Set<Long> alreadyDone(List<Long> orderIds, JobParams params, String actor, Instant since) {
                    return Set.copyOf(orders.movedBy(
                            orderIds,
                            OrderStatus.PENDING_AUDIT,
                            OrderStatus.PENDING_ALLOCATION,
                            actor + " (" + params.text("why") + ")",
                            since));
                }
            };
        }
    }

    /** Reviews orders as a job whose action takes six orders a chunk, noting the size of each chunk it is given. */
    @TestConfiguration
    static class WideJob {
        static final List<Integer> CHUNKS = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Bean
        JobAction wideJob(AuditService audit) {
            return new JobAction() {
                @Override
                public String kind() {
                    return "test-wide";
                }

                @Override
                public BatchActionResult run(List<Long> orderIds, JobParams params, String actor) {
                    CHUNKS.add(orderIds.size());
                    return audit.audit(orderIds, actor);
                }

                @Override
                public int chunk(JobParams params, int standard) {
                    return 6;
                }
            };
        }
    }

    @Autowired
    JobService jobs;

    @Autowired
    AuditService audit;

    @Autowired
    JobMapper jobMapper;

    @Autowired
    JobItemRowWriter itemRows;

    @Autowired
    ObjectProvider<JobAction> actions;

    @Autowired
    PlatformTransactionManager txManager;

    @BeforeEach
    void noJobLeftDue() {
        jobs.runDue();
    }

    @Test
    void aJobOfThousandsOfOrdersIsNumberedWithoutAGapAcrossItsInsertsInTheOrderGiven() {
        // given 2,500 distinct order ids (the items are written a thousand to a statement), the first one twice
        List<Long> ids = new ArrayList<>();
        for (long i = 0; i < 2_500; i++) {
            ids.add(9_000_000L + i * 7);
        }
        ids.add(ids.get(0));

        // when a job is submitted for them
        long jobId = jobs.submit("test-audit", ids, JobParams.of(Map.of()), "alice");

        // then it holds each order once, numbered from 0 on in the order given, all pending
        try {
            List<Map<String, Object>> items = jdbc.queryForList(
                    "SELECT seq, order_id, outcome FROM app_job_item WHERE job_id = ? ORDER BY seq", jobId);
            assertThat(jobs.report(jobId).orElseThrow().job().total()).isEqualTo(2_500);
            assertThat(items).hasSize(2_500);
            for (int i = 0; i < items.size(); i++) {
                assertThat(((Number) items.get(i).get("seq")).intValue()).isEqualTo(i);
                assertThat(((Number) items.get(i).get("order_id")).longValue()).isEqualTo(ids.get(i));
                assertThat(items.get(i).get("outcome")).isEqualTo("PENDING");
            }
        } finally {
            // no runner is to try these orders, which do not exist
            jdbc.update("DELETE FROM app_job_item WHERE job_id = ?", jobId);
            jdbc.update("DELETE FROM app_job WHERE id = ?", jobId);
        }
    }

    @Test
    void aJobRunsEveryOrderInChunksAndReportsEachRefusalWithItsCodeAndStatuses() {
        // given ten orders to review, one of them already reviewed
        List<Long> ids = newOrders(10);
        audit.audit(ids.subList(0, 1), "other clerk");

        // when a job reviews all ten
        long jobId = jobs.submit("test-audit", ids, JobParams.of(Map.of("why", "bulk")), "alice");
        JobService.Report queued = jobs.report(jobId).orElseThrow();
        int ran = jobs.runDue();

        // then it was queued with nothing done, and is done with nine reviewed and one refused with its reason
        assertThat(queued.job().state()).isEqualTo(JobState.QUEUED);
        assertThat(queued.job().total()).isEqualTo(10);
        assertThat(queued.job().done()).isZero();
        assertThat(ran).isEqualTo(1);
        JobService.Report done = jobs.report(jobId).orElseThrow();
        assertThat(done.job().state()).isEqualTo(JobState.DONE);
        assertThat(done.job().done()).isEqualTo(10);
        assertThat(done.succeeded()).containsExactlyInAnyOrderElementsOf(ids.subList(1, 10));
        assertThat(done.failed()).singleElement().satisfies(f -> {
            assertThat(f.orderId()).isEqualTo(ids.get(0));
            assertThat(f.refusal().code()).isEqualTo(Refusal.WRONG_STATUS);
            assertThat(f.refusal().args()).containsExactly(OrderStatus.PENDING_ALLOCATION, OrderStatus.PENDING_AUDIT);
        });
        assertThat(orders.history(ids.get(5)))
                .anySatisfy(h -> assertThat(h.actor()).isEqualTo("alice (bulk)"));
    }

    @Test
    void anActionTakesItsOwnChunkWhileTheStationsAreQuietAndTheRunnersWhileTheyAreBusy() {
        // given ten orders for an action that takes six at a time, and ten more
        List<Long> quiet = newOrders(10);
        List<Long> busy = newOrders(10);
        WideJob.CHUNKS.clear();

        // when a job runs the first ten on this node, with no station calling
        jobs.submit("test-wide", quiet, JobParams.of(Map.of()), "alice");
        jobs.runDue();
        List<Integer> whileQuiet = List.copyOf(WideJob.CHUNKS);
        // and the other ten on a node whose stations have just called (busy for an hour)
        WideJob.CHUNKS.clear();
        ForegroundGate stations = new ForegroundGate(Duration.ZERO, 0, Duration.ofHours(1));
        stations.enter();
        stations.leave();
        JobService busyNode = new JobService(
                jobMapper, itemRows, actions, txManager, stations, clock, "node-b", Duration.ofSeconds(60), 4);
        jobs.submit("test-wide", busy, JobParams.of(Map.of()), "alice");
        busyNode.runDue();

        // then the action's chunks are of six while the stations are quiet, and of the runner's four while they call
        assertThat(whileQuiet).containsExactly(6, 4);
        assertThat(WideJob.CHUNKS).containsExactly(4, 4, 2);
        List<Long> all = new ArrayList<>(quiet);
        all.addAll(busy);
        all.forEach(id -> assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_ALLOCATION));
    }

    @Test
    void aJobWhoseNodeDiedIsTakenOverWhereItsCommittedChunksLeftIt() {
        // given a job another node held: it committed its first chunk, then died and its lease ran out
        List<Long> ids = newOrders(9);
        long jobId = jobs.submit("test-audit", ids, JobParams.of(Map.of("why", "bulk")), "alice");
        audit.audit(ids.subList(0, 4), "alice (bulk)");
        jdbc.update("UPDATE app_job_item SET outcome = 'SUCCEEDED' WHERE job_id = ? AND seq < 4", jobId);
        jdbc.update(
                "UPDATE app_job SET state = 'RUNNING', done = 4, lease_holder = 'dead-node', leased_until = ?"
                        + " WHERE id = ?",
                Timestamp.from(clock.instant().plus(Duration.ofSeconds(30))),
                jobId);

        // when this node looks while the lease stands, and again once it has run out
        int whileLeased = jobs.runDue();
        clock.advance(Duration.ofMinutes(1));
        int afterwards = jobs.runDue();

        // then it leaves the job alone at first, then finishes it without repeating the committed chunk
        assertThat(whileLeased).isZero();
        assertThat(afterwards).isEqualTo(1);
        JobService.Report done = jobs.report(jobId).orElseThrow();
        assertThat(done.job().state()).isEqualTo(JobState.DONE);
        assertThat(done.job().done()).isEqualTo(9);
        assertThat(done.succeeded()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(done.failed()).isEmpty();
        ids.forEach(id -> assertThat(orders.history(id).stream()
                        .filter(h -> h.toStatus() == OrderStatus.PENDING_ALLOCATION)
                        .count())
                .isEqualTo(1));
    }

    @Test
    void aChunkWhoseNodeDiedAfterTheActionIsReportedSucceededOnceByTheNodeThatTakesItOver() {
        // given a job of six orders in chunks of four, and one order a clerk reviews by hand before the job runs
        List<Long> ids = newOrders(6);
        long jobId = jobs.submit("test-audit", ids, JobParams.of(Map.of("why", "bulk")), "alice");
        audit.audit(ids.subList(5, 6), "bob");

        // when this node reviews the first chunk and dies before it commits the chunk's outcomes
        AuditJob.DIE_AFTER_ACTION.set(true);
        Throwable died = catchThrowable(jobs::runDue);
        JobService.Report meanwhile = jobs.report(jobId).orElseThrow();
        // and another node takes the job over once the lease has run out
        JobService other = new JobService(
                jobMapper,
                itemRows,
                actions,
                txManager,
                new ForegroundGate(Duration.ZERO),
                clock,
                "node-b",
                Duration.ofSeconds(60),
                4);
        int whileLeased = other.runDue();
        clock.advance(Duration.ofMinutes(2));
        int afterwards = other.runDue();

        // then the first chunk's orders are reported reviewed, once each, and only the clerk's order refused
        assertThat(died).hasMessageContaining("died");
        assertThat(meanwhile.job().done()).isZero();
        assertThat(meanwhile.succeeded()).isEmpty();
        assertThat(meanwhile.failed()).isEmpty();
        assertThat(whileLeased).isZero();
        assertThat(afterwards).isEqualTo(1);
        JobService.Report done = jobs.report(jobId).orElseThrow();
        assertThat(done.job().state()).isEqualTo(JobState.DONE);
        assertThat(done.job().done()).isEqualTo(6);
        assertThat(done.succeeded()).containsExactlyElementsOf(ids.subList(0, 5));
        assertThat(done.failed()).singleElement().satisfies(f -> {
            assertThat(f.orderId()).isEqualTo(ids.get(5));
            assertThat(f.refusal().code()).isEqualTo(Refusal.WRONG_STATUS);
        });
        ids.forEach(id -> assertThat(orders.history(id).stream()
                        .filter(h -> h.toStatus() == OrderStatus.PENDING_ALLOCATION)
                        .count())
                .isEqualTo(1));
    }

    @Test
    void anOrderTheJobDidNotReachBeforeItsNodeDiedIsRunByTheNodeThatTakesItOver() {
        // given a chunk begun by a node that died before its action moved the last two orders
        List<Long> ids = newOrders(4);
        long jobId = jobs.submit("test-audit", ids, JobParams.of(Map.of("why", "bulk")), "alice");
        audit.audit(ids.subList(0, 2), "alice (bulk)");
        jdbc.update("UPDATE app_job_item SET outcome = 'STARTED' WHERE job_id = ?", jobId);
        jdbc.update(
                "UPDATE app_job SET state = 'RUNNING', lease_holder = 'dead-node', leased_until = ? WHERE id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofSeconds(1))),
                jobId);

        // when this node takes it over
        int ran = jobs.runDue();

        // then the two done are reported as done and the two others are reviewed now
        assertThat(ran).isEqualTo(1);
        JobService.Report done = jobs.report(jobId).orElseThrow();
        assertThat(done.succeeded()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(done.failed()).isEmpty();
        ids.forEach(id -> assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_ALLOCATION));
    }

    @Test
    void aJobOfAnUnknownKindIsRefusedBeforeAnythingIsCommitted() {
        // given
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM app_job", Long.class);

        // when
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> jobs.submit("no-such-kind", List.of(1L), JobParams.of(Map.of()), "alice"));

        // then
        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_job", Long.class))
                .isEqualTo(before);
    }

    private List<Long> newOrders(int count) {
        WarehouseSku sku = fixtures.sku(100);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Order order = fixtures.ingest(shop, fixtures.paidOrder(sku)).get(0);
            ids.add(order.id());
        }
        return ids;
    }
}
