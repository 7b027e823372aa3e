package io.junction.sync;

import io.junction.channel.ChannelConnector;
import io.junction.channel.Channels;
import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Back-fills a person asks for: checked, then handed to Quartz, which runs each on one node and, if
 * that node dies, on another, where the job resumes after its last committed page.
 */
@Service
public class Backfills {

    /** The shop is disabled: {@code (shopId)}. */
    public static final String SHOP_DISABLED = "backfill-shop-disabled";
    /** "from" is not before "to": no arguments. */
    public static final String FROM_AFTER_TO = "backfill-from-after-to";
    /** "to" is later than the platform serves: {@code (platform, newest)}. */
    public static final String TO_TOO_LATE = "backfill-to-too-late";
    /** "from" is older than the platform keeps: {@code (platform, days, oldest)}. */
    public static final String FROM_TOO_EARLY = "backfill-from-too-early";

    private static final String GROUP = "shop-backfill";
    private static final int LISTED = 50;

    private final Scheduler scheduler;
    private final ShopService shops;
    private final Channels channels;
    private final JobRepository jobRepository;
    private final SyncMapper sync;
    private final Clock clock;

    public Backfills(
            Scheduler scheduler,
            ShopService shops,
            Channels channels,
            JobRepository jobRepository,
            SyncMapper sync,
            Clock clock) {
        this.scheduler = scheduler;
        this.shops = shops;
        this.channels = channels;
        this.jobRepository = jobRepository;
        this.sync = sync;
        this.clock = clock;
    }

    /** A back-fill as it stands: requested, running, done or failed, with what it has read so far. */
    public record Backfill(
            long shopId,
            Instant from,
            Instant to,
            Instant requestedAt,
            String status,
            int created,
            int updated,
            int unchanged,
            int quarantined) {}

    /**
     * Queues a back-fill of {@code [from, to]} for the shop.
     *
     * @throws IllegalArgumentException when the range is empty or reaches past what the platform serves
     */
    public Backfill request(long shopId, Instant from, Instant to) throws SchedulerException {
        Shop shop = shops.get(shopId);
        if (!shop.enabled()) {
            throw new RefusedArgumentException(
                    Refusal.of(SHOP_DISABLED, shopId), "shop " + shopId + " is disabled: enable it to back-fill");
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new RefusedArgumentException(
                    Refusal.of(FROM_AFTER_TO), "a back-fill needs \"from\" before \"to\", as ISO-8601 instants");
        }
        Instant now = clock.instant();
        ChannelConnector connector = channels.connector(shop.platform());
        Instant newest = connector.newestQueryable(now);
        if (to.isAfter(newest)) {
            throw new RefusedArgumentException(
                    Refusal.of(TO_TOO_LATE, shop.platform(), newest.toString()),
                    shop.platform() + " serves orders up to " + newest + " at the moment; \"to\" must not be later");
        }
        Instant oldest = now.minus(connector.orderHistory()).truncatedTo(ChronoUnit.DAYS);
        if (from.isBefore(oldest)) {
            throw new RefusedArgumentException(
                    Refusal.of(
                            FROM_TOO_EARLY,
                            shop.platform(),
                            connector.orderHistory().toDays(),
                            oldest.toString()),
                    shop.platform() + " keeps orders for "
                            + connector.orderHistory().toDays() + " days; \"from\" must not be earlier than " + oldest);
        }
        Instant requestedAt = now.truncatedTo(ChronoUnit.MILLIS);
        JobDetail job = JobBuilder.newJob(ShopBackfillTrigger.class)
                .withIdentity("shop-" + shopId + "-" + requestedAt.toEpochMilli(), GROUP)
                .withDescription("back-fill of shop " + shopId + " from " + from + " to " + to)
                .usingJobData(ShopTrigger.SHOP_ID, shopId)
                .usingJobData(ShopBackfillTrigger.FROM, from.toString())
                .usingJobData(ShopBackfillTrigger.TO, to.toString())
                .usingJobData(ShopBackfillTrigger.REQUESTED_AT, requestedAt.toEpochMilli())
                .requestRecovery()
                .build();
        Trigger once = TriggerBuilder.newTrigger().forJob(job).startNow().build();
        scheduler.scheduleJob(job, once);
        return new Backfill(shopId, from, to, requestedAt, "REQUESTED", 0, 0, 0, 0);
    }

    /** The shop's recent back-fills, newest first. */
    public List<Backfill> list(long shopId) {
        List<Backfill> found = new ArrayList<>();
        for (long executionId : sync.backfillExecutions(
                ShopSyncJobConfiguration.JOB_NAME,
                ShopSyncJobConfiguration.SHOP_ID,
                String.valueOf(shopId),
                ShopSyncJobConfiguration.MODE,
                LISTED)) {
            JobExecution last = jobRepository.getJobExecution(executionId);
            if (last == null) {
                continue;
            }
            JobParameters p = last.getJobParameters();
            OrderIntake.Tally tally = last.getStepExecutions().stream()
                    .findFirst()
                    .map(s -> OrderPageWriter.tally(s.getExecutionContext()))
                    .orElse(OrderIntake.Tally.empty());
            found.add(new Backfill(
                    shopId,
                    Instant.parse(p.getString(ShopSyncJobConfiguration.FROM)),
                    Instant.parse(p.getString(ShopSyncJobConfiguration.TO)),
                    Instant.ofEpochMilli(p.getLong(ShopSyncJobConfiguration.REQUESTED_AT)),
                    status(last.getStatus()),
                    tally.created(),
                    tally.updated(),
                    tally.unchanged(),
                    tally.quarantined()));
        }
        found.sort(Comparator.comparing(Backfill::requestedAt).reversed());
        return found;
    }

    private static String status(BatchStatus status) {
        return status.isRunning() ? "RUNNING" : status.name();
    }
}
