package io.junction.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.shop.Shop;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeChannel;
import io.junction.testing.Fixtures;
import io.junction.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A shop's sync claim follows the node that holds it: a dead node's claim is taken over at once, a
 * live node's is refused and reported, a long run keeps its claim by renewing it, and a run left
 * STARTED by a dead node is marked failed before the shop's next run.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class SyncClaimsTest {

    private static final Duration LEASE = Duration.ofSeconds(45);
    private static final String DEAD_NODE = "node-dead";
    private static final String LIVE_NODE = "node-live";

    @Autowired
    SyncService syncService;

    @Autowired
    SyncClaims claims;

    @Autowired
    SyncMapper syncMapper;

    @Autowired
    FakeChannel channel;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Scheduler scheduler;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    Fixtures fixtures;
    Shop shop;
    WarehouseSku mug;
    String schedulerName;

    @BeforeEach
    void aShopWithOnePaidOrderInAClusterOfTwoNodes() throws SchedulerException {
        channel.clear();
        fixtures = new Fixtures(context);
        shop = fixtures.fakeShop();
        mug = fixtures.sku(100);
        schedulerName = scheduler.getSchedulerName();
        forgetCheckIns();
        checkIn(LIVE_NODE, clock.instant().minusSeconds(2));
        checkIn(claims.node(), clock.instant());
        putPaidOrders(1);
        syncService.state(shop.id());
    }

    @AfterEach
    void forgetCheckIns() {
        jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?", schedulerName);
    }

    @Test
    void aClaimHeldByANodeTheClusterNoLongerListsIsTakenOverAtOnce(CapturedOutput log) {
        // given a node that Quartz has recovered (so no longer lists) held the shop, its lease far from over
        Instant since = clock.instant().minusSeconds(5);
        syncMapper.acquireLease(shop.id(), DEAD_NODE, since, since.plus(LEASE));

        // when the shop's next firing (or Quartz's recovery run) comes
        SyncService.Report report = syncService.sync(shop.id());

        // then it runs at once, and says whom it took the shop from
        assertThat(report.succeeded()).as(report.error()).isTrue();
        assertThat(report.tally().created()).isEqualTo(1);
        assertThat(syncService.state(shop.id()).holder()).isNull();
        assertThat(log)
                .contains("Sync of shop " + shop.id() + " taken over by node " + claims.node() + " from node "
                        + DEAD_NODE + " since " + since)
                .contains("its node is dead");
    }

    @Test
    void aClaimHeldByANodeThatStoppedCheckingInIsTakenOverAtOnce() {
        // given the holder's last check-in is older than its interval and Quartz's margin
        checkIn(DEAD_NODE, clock.instant().minusSeconds(18));
        Instant since = clock.instant().minusSeconds(20);
        syncMapper.acquireLease(shop.id(), DEAD_NODE, since, since.plus(LEASE));

        // when
        SyncService.Report report = syncService.sync(shop.id());

        // then
        assertThat(report.succeeded()).as(report.error()).isTrue();
        assertThat(report.tally().created()).isEqualTo(1);
    }

    @Test
    void aLiveNodesClaimIsRefusedAndReportedWithHolderSinceAndUntil(CapturedOutput log) {
        // given a node that checked in two seconds ago holds the shop
        Instant since = clock.instant().minusSeconds(10);
        Instant until = since.plus(LEASE);
        syncMapper.acquireLease(shop.id(), LIVE_NODE, since, until);

        // when
        SyncService.Report report = syncService.sync(shop.id());

        // then nothing ran, and the refusal says who holds the shop, since and until when
        assertThat(report.succeeded()).isFalse();
        assertThat(report.busy()).isTrue();
        assertThat(report.heldBy()).isEqualTo(new SyncClaims.Holder(LIVE_NODE, since, until));
        assertThat(report.error())
                .contains("already running on node " + LIVE_NODE + " since " + since + " until " + until);
        assertThat(channel.windowsAsked()).isEmpty();
        assertThat(log)
                .contains("Sync of shop " + shop.id() + " refused on node " + claims.node() + ": a run holds it (node "
                        + LIVE_NODE + " since " + since + " until " + until + ")");
        SyncHealth health = syncMapper.findHealth(shop.id());
        assertThat(health.runningOn()).isEqualTo(LIVE_NODE);
        assertThat(health.runningSince()).isEqualTo(since);
        assertThat(health.leaseUntil()).isEqualTo(until);
    }

    @Test
    void aLongSyncRenewsItsLeaseWithEveryPageSoNoOtherNodeTakesTheShop() {
        // given four pages, each of which takes 30 s (the lease is 45 s), and another node that tries to
        // take the shop while the third page is read, two minutes into the run
        putPaidOrders(6);
        SyncClaims otherNode = node(LIVE_NODE, Duration.ofSeconds(15));
        List<SyncClaims.Claiming> otherNodeGot = new ArrayList<>();
        channel.beforeEachPage(page -> {
            clock.advance(Duration.ofSeconds(30));
            checkIn(claims.node(), clock.instant());
            if (page == 3) {
                otherNodeGot.add(otherNode.claim(shop.id()));
            }
        });

        try {
            // when
            SyncService.Report report = syncService.sync(shop.id());

            // then the run finished, and the other node was refused: the lease had been renewed per page
            assertThat(report.succeeded()).as(report.error()).isTrue();
            assertThat(report.pages()).isEqualTo(4);
            assertThat(otherNodeGot)
                    .singleElement()
                    .isInstanceOfSatisfying(
                            SyncClaims.Refused.class,
                            refused -> assertThat(refused.holder().node()).isEqualTo(claims.node()));
            assertThat(syncService.state(shop.id()).watermark()).isNotNull();
        } finally {
            otherNode.destroy();
        }
    }

    @Test
    void theHeartbeatRenewsAClaimWhileOnePageCallTakesLong() throws InterruptedException {
        // given a node whose heartbeat beats every 50 ms holds the shop
        SyncClaims beating = node(claims.node(), Duration.ofMillis(50));
        SyncClaims otherNode = node(LIVE_NODE, Duration.ofSeconds(15));
        try {
            assertThat(beating.claim(shop.id())).isInstanceOf(SyncClaims.Claim.class);

            // when a page call takes 80 s without a page being read, while the heartbeat goes on
            for (int i = 0; i < 4; i++) {
                clock.advance(Duration.ofSeconds(20));
                checkIn(claims.node(), clock.instant());
                Thread.sleep(200);
            }

            // then the claim still holds
            assertThat(otherNode.claim(shop.id())).isInstanceOf(SyncClaims.Refused.class);
            assertThat(syncService.state(shop.id()).leaseUntil()).isAfter(clock.instant());
        } finally {
            beating.destroy();
            otherNode.destroy();
        }
    }

    @Test
    void aRunThatLostItsClaimStopsAtItsNextPageAndLeavesTheWatermarkToTheRunThatTookOver() {
        // given a run whose second page comes after its lease ran out and another node took the shop
        putPaidOrders(3);
        SyncClaims otherNode = node(LIVE_NODE, Duration.ofSeconds(15));
        channel.beforeEachPage(page -> {
            if (page == 1) {
                clock.advance(Duration.ofMinutes(1));
                assertThat(otherNode.claim(shop.id())).isInstanceOf(SyncClaims.Claim.class);
            }
        });

        try {
            // when
            SyncService.Report report = syncService.sync(shop.id());

            // then it stopped, moved no watermark and left the other node's claim alone
            assertThat(report.succeeded()).isFalse();
            assertThat(report.error()).contains("lost its claim");
            SyncState state = syncService.state(shop.id());
            assertThat(state.watermark()).isNull();
            assertThat(state.leaseHolder()).isEqualTo(LIVE_NODE);
        } finally {
            otherNode.destroy();
        }
    }

    @Test
    void anExecutionLeftStartedByADeadNodeIsMarkedFailedBeforeTheNextRun() {
        // given a dead node's run left its execution and its step STARTED, and its claim behind
        Instant since = clock.instant().minusSeconds(5);
        JobExecution zombie = startedExecution(since);
        syncMapper.acquireLease(shop.id(), DEAD_NODE, since, since.plus(LEASE));

        // when the shop's next run comes
        SyncService.Report report = syncService.sync(shop.id());

        // then the left-over execution and its step are failed, ended, and say why; the new run succeeded
        assertThat(report.succeeded()).as(report.error()).isTrue();
        JobExecution after = jobRepository.getJobExecution(zombie.getId());
        assertThat(after.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(after.getEndTime()).isNotNull();
        assertThat(after.getExitStatus().getExitCode()).isEqualTo("FAILED");
        assertThat(after.getExitStatus().getExitDescription())
                .contains("left STARTED by a run that is gone")
                .contains(DEAD_NODE)
                .contains("marked FAILED by node " + claims.node());
        assertThat(after.getStepExecutions()).singleElement().satisfies(step -> {
            assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(step.getEndTime()).isNotNull();
            assertThat(step.getExitStatus().getExitDescription()).contains("marked FAILED");
        });
        assertThat(syncMapper.runningExecutions(
                        ShopSyncJobConfiguration.JOB_NAME,
                        ShopSyncJobConfiguration.SHOP_ID,
                        String.valueOf(shop.id()),
                        ShopSyncJobConfiguration.MODE,
                        SyncMode.INCREMENTAL.name()))
                .isEmpty();
    }

    /** Claims as {@code node} would, beating its heartbeat that often. */
    private SyncClaims node(String node, Duration heartbeat) {
        return new SyncClaims(syncMapper, transactions, schedulerName, node, clock, LEASE, heartbeat);
    }

    private JobExecution startedExecution(Instant requestedAt) {
        JobParameters parameters = new JobParametersBuilder()
                .addLong(ShopSyncJobConfiguration.SHOP_ID, shop.id())
                .addString(
                        ShopSyncJobConfiguration.FROM,
                        requestedAt.minus(Duration.ofDays(7)).toString())
                .addString(
                        ShopSyncJobConfiguration.TO,
                        requestedAt.minus(Duration.ofMinutes(2)).toString())
                .addString(ShopSyncJobConfiguration.MODE, SyncMode.INCREMENTAL.name())
                .addLong(ShopSyncJobConfiguration.REQUESTED_AT, requestedAt.toEpochMilli())
                .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance(ShopSyncJobConfiguration.JOB_NAME, parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        StepExecution step = jobRepository.createStepExecution(ShopSyncJobConfiguration.STEP_NAME, execution);
        step.setStatus(BatchStatus.STARTED);
        step.setStartTime(LocalDateTime.now());
        jobRepository.update(step);
        return execution;
    }

    /**
     * The node's check-in in Quartz's cluster table, as its scheduler would write it at {@code at}: in a
     * transaction of its own, as the node's scheduler does it, even while a page's chunk transaction is open.
     */
    @Test
    void aClaimInThisNodesNameFromAnEarlierProcessIsTakenOverAtOnce(CapturedOutput log) {
        // given a node restarted under the same name: the claim of the process that died is in its name,
        // its lease far from over, and this process holds nothing
        Instant since = clock.instant().minusSeconds(5);
        syncMapper.acquireLease(shop.id(), claims.node(), since, since.plus(LEASE));

        // when
        SyncService.Report report = syncService.sync(shop.id());

        // then it runs at once instead of waiting out the dead process's lease
        assertThat(report.succeeded()).as(report.error()).isTrue();
        assertThat(report.tally().created()).isEqualTo(1);
        assertThat(log).contains("taken over by node " + claims.node() + " from node " + claims.node());
    }

    @Test
    void aNodeIsCheckedInOnlyWhileTheClusterListsItOnTime() {
        // given this node checked in just now (set up above)
        assertThat(claims.checkedIn()).isTrue();

        // when its last check-in is older than its interval and Quartz's margin
        checkIn(claims.node(), clock.instant().minusSeconds(18));

        // then it is not
        assertThat(claims.checkedIn()).isFalse();

        // and when the cluster no longer lists it at all
        forgetCheckIns();
        assertThat(claims.checkedIn()).isFalse();
    }

    private void checkIn(String node, Instant at) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ownTransaction.executeWithoutResult(status -> checkInNow(node, at));
    }

    private void checkInNow(String node, Instant at) {
        jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ? AND INSTANCE_NAME = ?", schedulerName, node);
        jdbc.update(
                "INSERT INTO QRTZ_SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL)"
                        + " VALUES (?, ?, ?, ?)",
                schedulerName,
                node,
                at.toEpochMilli(),
                10_000L);
    }

    private List<ChannelOrder> putPaidOrders(int n) {
        List<ChannelOrder> placed =
                Stream.generate(() -> fixtures.paidOrder(mug)).limit(n).toList();
        placed.forEach(channel::put);
        return placed;
    }
}
