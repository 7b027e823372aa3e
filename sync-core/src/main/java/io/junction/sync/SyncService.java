package io.junction.sync;

import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelException;
import io.junction.channel.Channels;
import io.junction.channel.SyncWindow;
import io.junction.persistence.Columns;
import io.junction.secret.Redaction;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
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
import org.springframework.dao.TransientDataAccessException;
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
    /** MySQL's and MariaDB's error codes for a deadlock and a lock wait timeout. */
    private static final int MYSQL_DEADLOCK = 1213;

    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

    private final ShopService shops;
    private final Channels channels;
    private final SyncMapper sync;
    private final SyncClaims claims;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job shopSyncJob;
    private final Clock clock;
    private final Duration initialLookback;
    private final int transientAttempts;
    private final Duration transientRetryDelay;

    public SyncService(
            ShopService shops,
            Channels channels,
            SyncMapper sync,
            SyncClaims claims,
            JobOperator jobOperator,
            JobRepository jobRepository,
            Job shopSyncJob,
            Clock clock,
            @Value("${junction.sync.initial-lookback:P7D}") Duration initialLookback,
            @Value("${junction.sync.transient-attempts:4}") int transientAttempts,
            @Value("${junction.sync.transient-retry-delay:PT3S}") Duration transientRetryDelay) {
        if (transientAttempts < 1) {
            throw new IllegalArgumentException(
                    "junction.sync.transient-attempts must be at least 1, not " + transientAttempts);
        }
        this.shops = shops;
        this.channels = channels;
        this.sync = sync;
        this.claims = claims;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.shopSyncJob = shopSyncJob;
        this.clock = clock;
        this.initialLookback = initialLookback;
        this.transientAttempts = transientAttempts;
        this.transientRetryDelay = transientRetryDelay;
    }

    /**
     * What a run did.
     *
     * @param heldBy when the run was refused because another run holds the shop: who, since and until when
     */
    public record Report(
            long shopId,
            SyncWindow window,
            int pages,
            OrderIntake.Tally tally,
            String error,
            SyncClaims.Holder heldBy) {

        public Report(long shopId, SyncWindow window, int pages, OrderIntake.Tally tally, String error) {
            this(shopId, window, pages, tally, error, null);
        }

        public boolean succeeded() {
            return error == null;
        }

        /** Whether nothing ran because another run holds the shop. */
        public boolean busy() {
            return heldBy != null;
        }

        static Report refused(long shopId, String why) {
            return new Report(shopId, null, 0, OrderIntake.Tally.empty(), why);
        }

        static Report busy(long shopId, SyncClaims.Holder holder) {
            return new Report(
                    shopId,
                    null,
                    0,
                    OrderIntake.Tally.empty(),
                    "a sync of this shop is already running on " + holder,
                    holder);
        }

        Report redacted(Redaction redaction) {
            return error == null ? this : new Report(shopId, window, pages, tally, redaction.apply(error), heldBy);
        }
    }

    /**
     * Syncs the shop now, unless a live run of it is under way on some node. A run left behind by a
     * dead node is marked failed first; a run that fails for a transient database reason (a deadlock,
     * a lock wait timeout) is tried again after {@code junction.sync.transient-retry-delay}, up to
     * {@code junction.sync.transient-attempts} attempts in all, resuming after its last committed page.
     */
    public Report sync(long shopId) {
        Shop shop = shops.get(shopId);
        if (!shop.enabled()) {
            return Report.refused(shopId, "shop " + shopId + " is disabled: enable it to sync");
        }
        SyncClaims.Claiming claiming = claims.claim(shopId);
        if (claiming instanceof SyncClaims.Refused refused) {
            return Report.busy(
                    shopId, refused.holder() == null ? new SyncClaims.Holder(null, null, null) : refused.holder());
        }
        SyncClaims.Claim claim = (SyncClaims.Claim) claiming;
        boolean letGo = false;
        try {
            failLeftoverRuns(shopId, claim);
            SyncState state = claims.state(shopId);
            Instant now = clock.instant();
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
                report = report(
                        shopId,
                        window,
                        runRetryingTransientFailures(shopId, parameters(shopId, window, SyncMode.INCREMENTAL, now)));
            } catch (JobExecutionException | RuntimeException e) {
                sync.recordFailure(
                        shopId,
                        clock.instant(),
                        Columns.clip(
                                "could not run the sync: " + redaction(shop).apply(e.getMessage()), MAX_ERROR));
                throw new IllegalStateException("sync of shop " + shopId + " could not run", e);
            }
            report = report.redacted(redaction(shop));
            if (report.succeeded()) {
                letGo = sync.recordSuccess(
                                shopId, to, clock.instant(), report.tally().created(), claim.node(), claim.since())
                        == 1;
                if (letGo) {
                    log.info(
                            "Synced shop {} window {}..{}: {} pages, {}",
                            shopId,
                            from,
                            to,
                            report.pages(),
                            report.tally());
                } else {
                    log.warn(
                            "Sync of shop {} read window {}..{} but had lost its claim: the watermark stays for the"
                                    + " run that took the shop over",
                            shopId,
                            from,
                            to);
                }
            } else {
                sync.recordFailure(shopId, clock.instant(), Columns.clip(report.error(), MAX_ERROR));
                log.warn("Sync of shop {} failed after {} pages: {}", shopId, report.pages(), report.error());
            }
            return report;
        } finally {
            if (letGo) {
                claims.forget(claim);
            } else {
                claims.release(claim);
            }
        }
    }

    /**
     * Marks failed every incremental run of the shop that the job repository still shows running.
     * The caller holds the shop's claim, so no live run of it can be under way anywhere: such an
     * execution was left behind by a node that died (or lost its claim), and would otherwise stay
     * STARTED for ever.
     */
    private void failLeftoverRuns(long shopId, SyncClaims.Claim claim) {
        List<Long> leftovers = sync.runningExecutions(
                ShopSyncJobConfiguration.JOB_NAME,
                ShopSyncJobConfiguration.SHOP_ID,
                String.valueOf(shopId),
                ShopSyncJobConfiguration.MODE,
                SyncMode.INCREMENTAL.name());
        for (long executionId : leftovers) {
            JobExecution execution = jobRepository.getJobExecution(executionId);
            if (execution == null || !execution.getStatus().isRunning()) {
                continue;
            }
            String why = "left " + execution.getStatus() + " by a run that is gone ("
                    + (claim.from() == null ? "its claim had been let go" : "its claim was held by " + claim.from())
                    + "); marked FAILED by node " + claim.node() + " before the shop's next run";
            LocalDateTime end = LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                    step.setEndTime(end);
                    jobRepository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            execution.setEndTime(end);
            jobRepository.update(execution);
            log.warn("Sync execution {} of shop {} {}", executionId, shopId, why);
        }
    }

    /**
     * Runs the job, and runs it again while it fails for a transient database reason: a deadlock or
     * a lock wait is another transaction's bad luck, gone a moment later, and the next firing may be
     * minutes away. A failed execution is restarted, so it resumes after its last committed page.
     */
    private JobExecution runRetryingTransientFailures(long shopId, JobParameters parameters)
            throws JobExecutionException {
        JobExecution execution = null;
        for (int attempt = 1; ; attempt++) {
            Throwable failure;
            try {
                execution =
                        execution == null ? jobOperator.start(shopSyncJob, parameters) : jobOperator.restart(execution);
                if (execution.getStatus() == BatchStatus.COMPLETED || attempt >= transientAttempts) {
                    return execution;
                }
                failure = execution.getAllFailureExceptions().stream()
                        .filter(SyncService::transientFailure)
                        .findFirst()
                        .orElse(null);
                if (failure == null) {
                    return execution;
                }
            } catch (JobExecutionException | RuntimeException e) {
                if (attempt >= transientAttempts || !transientFailure(e)) {
                    throw e;
                }
                failure = e;
            }
            log.warn(
                    "Sync of shop {} failed for a transient database reason (attempt {} of {}),"
                            + " trying again in {}: {}",
                    shopId,
                    attempt,
                    transientAttempts,
                    transientRetryDelay,
                    failure.getMessage());
            pause(transientRetryDelay);
            claims.renew(shopId);
        }
    }

    /** A deadlock, a lock wait timeout or a serialization failure: the same work may succeed a moment later. */
    static boolean transientFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState())
                            || sql.getErrorCode() == MYSQL_DEADLOCK
                            || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry the sync", e);
        }
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
            log.info(
                    "Back-fill of shop {} window {}..{}: {}",
                    shopId,
                    window.from(),
                    window.to(),
                    report.succeeded() ? report.pages() + " pages, " + report.tally() : report.error());
            return report;
        } catch (JobExecutionException e) {
            return Report.refused(
                    shopId, "the back-fill could not run: " + redaction(shop).apply(e.getMessage()));
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
        return claims.state(shopId);
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
                .reduce((first, second) -> second)
                .orElse(null);
        int pages = pull == null ? 0 : (int) pull.getWriteCount();
        OrderIntake.Tally tally =
                pull == null ? OrderIntake.Tally.empty() : OrderPageWriter.tally(pull.getExecutionContext());
        String error = execution.getStatus() == BatchStatus.COMPLETED ? null : describe(execution);
        return new Report(shopId, window, pages, tally, error);
    }

    private static String describe(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ChannelException ce) {
                    return ce.kind() + ": " + ce.getMessage();
                }
                if (cause instanceof SyncClaims.ClaimLostException) {
                    return cause.getMessage();
                }
                if (cause instanceof DuplicateKeyException) {
                    return "another node ingested the same order at the same moment; the next run merges it";
                }
            }
        }
        return execution.getAllFailureExceptions().stream()
                .findFirst()
                .map(t -> "unexpected: " + t.getMessage())
                .orElse("the sync ended " + execution.getStatus());
    }
}
