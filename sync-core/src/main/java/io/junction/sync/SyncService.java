package io.junction.sync;

import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelException;
import io.junction.channel.Channels;
import io.junction.channel.SyncWindow;
import io.junction.persistence.Columns;
import io.junction.secret.Redaction;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Syncs shops through the {@link ShopSyncJobConfiguration shop sync job}. An incremental run reads
 * from the watermark (less the connector's overlap) to the newest instant the platform serves, and
 * moves the watermark only once every page is committed; a failed run leaves it where it was, so the
 * next run reads it all again. A back-fill reads a range a person asked for, never moves the
 * watermark, and resumes after its last committed page when it is run again.
 */
@Service
public class SyncService {

    private static final Logger log = LoggerFactory.getLogger(SyncService.class);
    /** {@code chn_sync_state.last_error} holds this many characters. */
    private static final int MAX_ERROR = 1000;

    private final ShopService shops;
    private final Channels channels;
    private final SyncMapper sync;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job shopSyncJob;
    private final Clock clock;
    private final Duration initialLookback;
    private final Duration lease;

    public SyncService(ShopService shops, Channels channels, SyncMapper sync, JobOperator jobOperator,
            JobRepository jobRepository, Job shopSyncJob, Clock clock,
            @Value("${junction.sync.initial-lookback:P7D}") Duration initialLookback,
            @Value("${junction.sync.lease:PT10M}") Duration lease) {
        this.shops = shops;
        this.channels = channels;
        this.sync = sync;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.shopSyncJob = shopSyncJob;
        this.clock = clock;
        this.initialLookback = initialLookback;
        this.lease = lease;
    }

    /** What a run did. */
    public record Report(long shopId, SyncWindow window, int pages, OrderIntake.Tally tally, String error) {
        public boolean succeeded() {
            return error == null;
        }

        static Report refused(long shopId, String why) {
            return new Report(shopId, null, 0, OrderIntake.Tally.empty(), why);
        }

        Report redacted(Redaction redaction) {
            return error == null ? this : new Report(shopId, window, pages, tally, redaction.apply(error));
        }
    }

    /** Syncs the shop now, unless a run of it is already under way on some node. */
    public Report sync(long shopId) {
        Shop shop = shops.get(shopId);
        if (!shop.enabled()) {
            return Report.refused(shopId, "shop " + shopId + " is disabled: enable it to sync");
        }
        SyncState state = state(shopId);
        Instant now = clock.instant();
        if (sync.acquireLease(shopId, now, now.plus(lease)) == 0) {
            return Report.refused(shopId, "a sync of this shop is already running");
        }
        ChannelConnector connector = channels.connector(shop.platform());
        Instant to = connector.newestQueryable(now);
        Instant from = state.watermark() == null
                ? now.minus(initialLookback)
                : state.watermark().minus(connector.windowOverlap());
        if (from.isAfter(to)) {
            from = to;
        }
        SyncWindow window = new SyncWindow(from, to);
        Report report;
        try {
            report = report(shopId, window, jobOperator.start(shopSyncJob, parameters(shopId, window, SyncMode.INCREMENTAL, now)));
        } catch (JobExecutionException | RuntimeException e) {
            sync.recordFailure(shopId, clock.instant(),
                    Columns.clip("could not run the sync: " + redaction(shop).apply(e.getMessage()), MAX_ERROR));
            throw new IllegalStateException("sync of shop " + shopId + " could not run", e);
        }
        report = report.redacted(redaction(shop));
        if (report.succeeded()) {
            sync.recordSuccess(shopId, to, clock.instant(), report.tally().created());
            log.info("Synced shop {} window {}..{}: {} pages, {}", shopId, from, to, report.pages(), report.tally());
        } else {
            sync.recordFailure(shopId, clock.instant(), Columns.clip(report.error(), MAX_ERROR));
            log.warn("Sync of shop {} failed after {} pages: {}", shopId, report.pages(), report.error());
        }
        return report;
    }

    /**
     * Reads {@code [from, to]} again for the shop. The same request ({@code requestedAt} included)
     * run again resumes after its last committed page; a completed one is not read twice.
     *
     * @param recovering whether the node that ran this back-fill before died with it under way
     */
    public Report backfill(long shopId, SyncWindow window, Instant requestedAt, boolean recovering) {
        Shop shop = shops.get(shopId);
        if (!shop.enabled()) {
            return Report.refused(shopId, "shop " + shopId + " is disabled: enable it to sync");
        }
        JobParameters parameters = parameters(shopId, window, SyncMode.BACKFILL, requestedAt);
        try {
            JobExecution last = jobRepository.getLastJobExecution(ShopSyncJobConfiguration.JOB_NAME, parameters);
            JobExecution execution;
            if (last == null) {
                execution = jobOperator.start(shopSyncJob, parameters);
            } else if (last.getStatus() == BatchStatus.COMPLETED) {
                execution = last;
            } else {
                if (last.getStatus().isRunning() && recovering) {
                    last = jobOperator.recover(last);
                }
                execution = jobOperator.restart(last);
            }
            Report report = report(shopId, window, execution).redacted(redaction(shop));
            log.info("Back-fill of shop {} window {}..{}: {}", shopId, window.from(), window.to(),
                    report.succeeded() ? report.pages() + " pages, " + report.tally() : report.error());
            return report;
        } catch (JobExecutionException e) {
            return Report.refused(shopId, "the back-fill could not run: " + redaction(shop).apply(e.getMessage()));
        }
    }

    /**
     * What takes the shop's secrets out of a failure: a platform's error may echo the request, and the
     * failure is stored, logged and shown to clerks.
     */
    private Redaction redaction(Shop shop) {
        try {
            return Redaction.of(shops.access(shop).credentials());
        } catch (RuntimeException undecryptable) {
            return Redaction.patternsOnly();
        }
    }

    public SyncState state(long shopId) {
        SyncState state = sync.findState(shopId);
        if (state == null) {
            try {
                sync.insertState(shopId);
            } catch (DuplicateKeyException createdMeanwhile) {
                // another node created it first: fine
            }
            state = sync.findState(shopId);
        }
        return state;
    }

    private static JobParameters parameters(long shopId, SyncWindow window, SyncMode mode, Instant requestedAt) {
        return new JobParametersBuilder()
                .addLong(ShopSyncJobConfiguration.SHOP_ID, shopId)
                .addString(ShopSyncJobConfiguration.FROM, window.from().toString())
                .addString(ShopSyncJobConfiguration.TO, window.to().toString())
                .addString(ShopSyncJobConfiguration.MODE, mode.name())
                .addLong(ShopSyncJobConfiguration.REQUESTED_AT, requestedAt.toEpochMilli())
                .toJobParameters();
    }

    private static Report report(long shopId, SyncWindow window, JobExecution execution) {
        StepExecution pull = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(ShopSyncJobConfiguration.STEP_NAME))
                .reduce((first, second) -> second).orElse(null);
        int pages = pull == null ? 0 : (int) pull.getWriteCount();
        OrderIntake.Tally tally = pull == null ? OrderIntake.Tally.empty() : OrderPageWriter.tally(pull.getExecutionContext());
        String error = execution.getStatus() == BatchStatus.COMPLETED ? null : describe(execution);
        return new Report(shopId, window, pages, tally, error);
    }

    private static String describe(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ChannelException ce) {
                    return ce.kind() + ": " + ce.getMessage();
                }
                if (cause instanceof DuplicateKeyException) {
                    return "another node ingested the same order at the same moment; the next run merges it";
                }
            }
        }
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(t -> "unexpected: " + t.getMessage())
                .orElse("the sync ended " + execution.getStatus());
    }
}
