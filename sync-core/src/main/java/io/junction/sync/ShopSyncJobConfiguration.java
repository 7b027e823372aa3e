package io.junction.sync;

import io.junction.channel.Channels;
import io.junction.channel.OrderPage;
import io.junction.channel.SyncWindow;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import java.time.Instant;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The shop sync as a Spring Batch job: one chunk-oriented step whose reader is the connector's
 * pages and whose writer is the idempotent upsert, {@code junction.sync.pages-per-chunk} pages per
 * chunk (one by default). Each chunk commits together with the token of the page after it, so the
 * job state in the database always says exactly where to resume: a back-fill cut short by a dead node
 * restarts after its last committed chunk, and re-reads (idempotently) at most one chunk's pages.
 *
 * <p>The job repository creates job instances and executions at READ COMMITTED (batch.properties
 * beside this class), not Spring Batch's SERIALIZABLE: on MySQL and MariaDB, serializable reads of
 * {@code BATCH_JOB_INSTANCE} take shared gap locks, and many shops' first syncs started together
 * deadlock on their inserts. Job keys are unique, so a lower isolation cannot create an instance twice.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:io/junction/sync/batch.properties")
public class ShopSyncJobConfiguration {

    public static final String JOB_NAME = "shopSync";
    static final String STEP_NAME = "pullOrders";

    static final String SHOP_ID = "shopId";
    static final String FROM = "from";
    static final String TO = "to";
    static final String MODE = "mode";
    static final String REQUESTED_AT = "requestedAt";

    /**
     * Pages committed together ({@code junction.sync.pages-per-chunk}). One: five or ten pages per chunk
     * measured no faster in the ingest benchmark (within its noise), while each chunk holds its
     * transaction's connection over all of its page fetches, and a restart re-fetches all of them
     * against the marketplace's rate limit.
     */
    static final int DEFAULT_PAGES_PER_CHUNK = 1;

    @Bean
    Job shopSyncJob(JobRepository jobRepository, Step pullOrdersStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(pullOrdersStep).build();
    }

    @Bean
    Step pullOrdersStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            OrderPageReader orderPageReader,
            OrderPageWriter orderPageWriter,
            @Value("${junction.sync.pages-per-chunk:" + DEFAULT_PAGES_PER_CHUNK + "}") int pagesPerChunk) {
        if (pagesPerChunk < 1) {
            throw new IllegalArgumentException(
                    "junction.sync.pages-per-chunk must be at least 1, not " + pagesPerChunk);
        }
        return new StepBuilder(STEP_NAME, jobRepository)
                        .<OrderPage, OrderPage>chunk(pagesPerChunk)
                        .transactionManager(transactionManager)
                        .reader(orderPageReader)
                        .writer(orderPageWriter)
                        .stream(orderPageReader)
                        .listener(orderPageWriter)
                        .build();
    }

    @Bean
    @StepScope
    OrderPageReader orderPageReader(
            ShopService shops,
            Channels channels,
            SyncClaims claims,
            @Value("#{jobParameters['" + SHOP_ID + "']}") Long shopId,
            @Value("#{jobParameters['" + FROM + "']}") String from,
            @Value("#{jobParameters['" + TO + "']}") String to,
            @Value("#{jobParameters['" + MODE + "']}") String mode) {
        Shop shop = shops.get(shopId);
        Runnable afterPage = SyncMode.INCREMENTAL.name().equals(mode) ? () -> claims.renew(shopId) : () -> {};
        return new OrderPageReader(
                channels.connector(shop.platform()),
                shops.access(shop),
                new SyncWindow(Instant.parse(from), Instant.parse(to)),
                afterPage);
    }

    @Bean
    @StepScope
    OrderPageWriter orderPageWriter(
            ShopService shops, OrderIntake intake, @Value("#{jobParameters['" + SHOP_ID + "']}") Long shopId) {
        return new OrderPageWriter(intake, shops.get(shopId));
    }
}
