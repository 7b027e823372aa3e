package io.junction.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.shop.Shop;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeChannel;
import io.junction.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many shops starting at once create their job instances without deadlocking (run it with
 * {@code -Pmariadb}: H2 never deadlocks there), and a run that fails for a transient database reason
 * is tried again at once instead of at the next firing.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class SyncStartTest {

    private static final int SHOPS = 8;
    private static final AtomicLong RUN = new AtomicLong(System.nanoTime());

    @Autowired
    SyncService syncService;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    FakeChannel channel;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    Fixtures fixtures;
    WarehouseSku mug;

    @BeforeEach
    void anEmptyMarketplace() {
        channel.clear();
        fixtures = new Fixtures(context);
        mug = fixtures.sku(100);
    }

    @Test
    void eightShopsCreatingTheirJobInstancesAtOnceNeverDeadlock() throws Exception {
        // given eight shops' first runs, started together, five times over
        for (int round = 0; round < 5; round++) {
            long run = RUN.incrementAndGet();

            // when each creates its job instance and execution at the same moment
            List<Throwable> failures = together(shop -> {
                JobParameters parameters = new JobParametersBuilder()
                        .addLong(ShopSyncJobConfiguration.SHOP_ID, run * 100 + shop)
                        .addString(ShopSyncJobConfiguration.MODE, SyncMode.INCREMENTAL.name())
                        .addLong(ShopSyncJobConfiguration.REQUESTED_AT, run)
                        .toJobParameters();
                JobInstance instance = jobRepository.createJobInstance(ShopSyncJobConfiguration.JOB_NAME, parameters);
                JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
                execution.setStatus(BatchStatus.ABANDONED);
                jobRepository.update(execution);
                return null;
            });

            // then every one of them was created
            assertThat(failures).as("round %d", round).isEmpty();
        }
    }

    @Test
    void eightShopsFirstSyncsAtOnceAllSucceedWithoutATransientFailure(CapturedOutput log) throws Exception {
        // given eight new shops with an order each
        List<Shop> shops = new ArrayList<>();
        for (int i = 0; i < SHOPS; i++) {
            shops.add(fixtures.fakeShop());
        }
        channel.put(fixtures.paidOrder(mug));
        List<SyncService.Report> reports = new ArrayList<>();

        // when their first syncs fire at the same moment
        List<Throwable> failures = together(i -> {
            SyncService.Report report = syncService.sync(shops.get(i).id());
            synchronized (reports) {
                reports.add(report);
            }
            return null;
        });

        // then every one ran through at its first attempt
        assertThat(failures).isEmpty();
        assertThat(reports)
                .hasSize(SHOPS)
                .allSatisfy(r -> assertThat(r.succeeded()).as(r.error()).isTrue());
        assertThat(log).doesNotContain("transient database reason").doesNotContainIgnoringCase("deadlock");
    }

    @Test
    void aRunThatHitsADeadlockIsTriedAgainAtOnceAndResumesAfterItsLastCommittedPage(CapturedOutput log) {
        // given three orders (two pages), and a deadlock while the second page is written
        Shop shop = fixtures.fakeShop();
        for (int i = 0; i < 3; i++) {
            channel.put(fixtures.paidOrder(mug));
        }
        AtomicBoolean deadlocked = new AtomicBoolean();
        channel.beforeEachPage(page -> {
            if (page == 1 && deadlocked.compareAndSet(false, true)) {
                throw new CannotAcquireLockException(
                        "Deadlock found when trying to get lock; try restarting transaction");
            }
        });

        // when
        SyncService.Report report = syncService.sync(shop.id());

        // then the run succeeded on its second attempt, which read only the page it had not committed
        assertThat(report.succeeded()).as(report.error()).isTrue();
        assertThat(report.tally().created()).isEqualTo(3);
        assertThat(channel.pagesServed()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?", Long.class, shop.id()))
                .isEqualTo(3L);
        assertThat(log)
                .contains("Sync of shop " + shop.id() + " failed for a transient database reason (attempt 1 of 4)");
        assertThat(syncService.state(shop.id()).watermark()).isNotNull();
        assertThat(syncService.state(shop.id()).lastError()).isNull();
    }

    @Test
    void aRunThatFailsForAnotherReasonIsNotTriedAgain(CapturedOutput log) {
        // given a failure that is not the database's bad luck
        Shop shop = fixtures.fakeShop();
        channel.put(fixtures.paidOrder(mug));
        List<Integer> pagesAsked = new ArrayList<>();
        channel.beforeEachPage(page -> {
            pagesAsked.add(page);
            throw new IllegalStateException("a bug");
        });

        // when
        SyncService.Report report = syncService.sync(shop.id());

        // then
        assertThat(report.succeeded()).isFalse();
        assertThat(pagesAsked).containsExactly(0);
        assertThat(log).doesNotContain("Sync of shop " + shop.id() + " failed for a transient database reason");
    }

    /** Runs the work for shops 0..7 on eight threads released at the same moment; answers what failed. */
    private static List<Throwable> together(IntFunction<Void> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(SHOPS);
        ExecutorService threads = Executors.newFixedThreadPool(SHOPS);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < SHOPS; i++) {
                int shop = i;
                done.add(threads.submit(() -> {
                    start.await();
                    return work.apply(shop);
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<Void> f : done) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            threads.shutdownNow();
        }
    }
}
