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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The shop sync as a Spring Batch job: one chunk-oriented step whose reader is the connector's
 * pages and whose writer is the idempotent upsert, one page per chunk. Each page commits together
 * with the token of the page after it, so the job state in the database always says exactly where
 * to resume: a back-fill cut short by a dead node restarts after its last committed page.
 */
@Configuration(proxyBeanMethods = false)
public class ShopSyncJobConfiguration {

    public static final String JOB_NAME = "shopSync";
    static final String STEP_NAME = "pullOrders";

    static final String SHOP_ID = "shopId";
    static final String FROM = "from";
    static final String TO = "to";
    static final String MODE = "mode";
    static final String REQUESTED_AT = "requestedAt";

    @Bean
    Job shopSyncJob(JobRepository jobRepository, Step pullOrdersStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(pullOrdersStep).build();
    }

    @Bean
    Step pullOrdersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OrderPageReader orderPageReader, OrderPageWriter orderPageWriter) {
        return new StepBuilder(STEP_NAME, jobRepository).<OrderPage, OrderPage>chunk(1)
                .transactionManager(transactionManager)
                .reader(orderPageReader)
                .writer(orderPageWriter)
                .stream(orderPageReader)
                .listener(orderPageWriter)
                .build();
    }

    @Bean
    @StepScope
    OrderPageReader orderPageReader(ShopService shops, Channels channels,
            @Value("#{jobParameters['" + SHOP_ID + "']}") Long shopId,
            @Value("#{jobParameters['" + FROM + "']}") String from,
            @Value("#{jobParameters['" + TO + "']}") String to) {
        Shop shop = shops.get(shopId);
        return new OrderPageReader(channels.connector(shop.platform()), shops.access(shop),
                new SyncWindow(Instant.parse(from), Instant.parse(to)));
    }

    @Bean
    @StepScope
    OrderPageWriter orderPageWriter(ShopService shops, OrderIntake intake,
            @Value("#{jobParameters['" + SHOP_ID + "']}") Long shopId) {
        return new OrderPageWriter(intake, shops.get(shopId));
    }
}
