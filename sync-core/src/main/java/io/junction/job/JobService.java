package io.junction.job;

import io.junction.order.BatchActionResult;
import io.junction.order.Refusal;
import io.junction.persistence.Columns;
import io.junction.persistence.GeneratedId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits jobs and runs them. A job is committed with its items before anyone runs it; a runner (any node) claims
 * it with a lease, applies its action a chunk at a time, and commits each chunk's outcomes together with the
 * job's progress and a renewed lease, so that a reader sees the progress and a job whose node died is taken over
 * by another node from its first uncommitted chunk once the lease runs out. The action commits each order's change
 * on its own, before the chunk's outcomes: a chunk's intent is committed first, and the node that takes over a
 * chunk begun and not recorded asks the action which of its orders the job already did ({@link
 * JobAction#alreadyDone}), so that they are reported as succeeded, once, and not done twice. Before each chunk a
 * runner gives way to the packing stations' calls on its node ({@link ForegroundGate}): it rests while they are busy
 * and lets those in flight finish first.
 */
@Service
public class JobService {

    /**
     * Orders a runner takes at a time, unless {@code junction.jobs.chunk} says otherwise: each chunk commits its
     * outcomes with the job's progress. As many as an action answers at once: 500 a chunk took the same time
     * (with fewer statements), but an allocation chunk holds its SKUs' rows locked, and a packing station shipping
     * the same SKUs waits for the whole chunk, so the smaller chunk keeps the stations' scans short.
     */
    public static final int DEFAULT_CHUNK = 200;

    private static final Logger log = LoggerFactory.getLogger(JobService.class);
    private static final int INSERT_BATCH = 1000;
    private static final int MAX_REASON = 1000;

    private final JobMapper jobs;
    private final JobItemRowWriter items;
    private final ObjectProvider<JobAction> actions;
    private final TransactionTemplate tx;
    private final ForegroundGate foreground;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final int chunk;

    public JobService(
            JobMapper jobs,
            JobItemRowWriter items,
            ObjectProvider<JobAction> actions,
            PlatformTransactionManager txManager,
            ForegroundGate foreground,
            Clock clock,
            @Value("${junction.node.name:local}") String node,
            @Value("${junction.jobs.lease:PT60S}") Duration lease,
            @Value("${junction.jobs.chunk:" + DEFAULT_CHUNK + "}") int chunk) {
        this.jobs = jobs;
        this.items = items;
        this.actions = actions;
        this.tx = new TransactionTemplate(txManager);
        this.foreground = foreground;
        this.clock = clock;
        this.node = node;
        this.lease = lease;
        this.chunk = chunk;
    }

    /** A job's state, progress and, for the orders done so far, what happened to each. */
    public record Report(Job job, List<Long> succeeded, List<BatchActionResult.Failure> failed) {}

    /**
     * Commits a job of {@code kind} over the distinct {@code orderIds}, in {@code actor}'s name; a runner takes it
     * up. Answers the job's id.
     */
    public long submit(String kind, List<Long> orderIds, JobParams params, String actor) {
        if (action(kind) == null) {
            throw new IllegalArgumentException("No job action '" + kind + "'");
        }
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(orderIds));
        return tx.execute(s -> {
            GeneratedId key = new GeneratedId();
            jobs.insert(key, kind, params.toJson(), actor, distinct.size(), clock.instant());
            for (int from = 0; from < distinct.size(); from += INSERT_BATCH) {
                items.insertItems(
                        key.get(), from, distinct.subList(from, Math.min(from + INSERT_BATCH, distinct.size())));
            }
            return key.get();
        });
    }

    /** The job and its outcomes so far, if it exists. */
    public Optional<Report> report(long jobId) {
        Job job = jobs.find(jobId);
        if (job == null) {
            return Optional.empty();
        }
        List<Long> succeeded = new ArrayList<>();
        List<BatchActionResult.Failure> failed = new ArrayList<>();
        for (JobItem item : jobs.decidedItems(jobId)) {
            switch (item.outcome()) {
                case SUCCEEDED -> succeeded.add(item.orderId());
                case FAILED ->
                    failed.add(new BatchActionResult.Failure(
                            item.orderId(),
                            item.reason(),
                            item.refusalCode() == null
                                    ? null
                                    : new Refusal(item.refusalCode(), RefusalArgs.read(item.refusalArgs()))));
                case PENDING, STARTED -> {}
            }
        }
        return Optional.of(new Report(job, succeeded, failed));
    }

    /** Claims and runs due jobs, one after the other, until none is due; answers how many it ran. */
    public int runDue() {
        int ran = 0;
        while (true) {
            Optional<Long> claimed = claimNext();
            if (claimed.isEmpty()) {
                return ran;
            }
            run(claimed.get());
            ran++;
        }
    }

    private Optional<Long> claimNext() {
        Instant now = clock.instant();
        for (long id : jobs.due(now, 10)) {
            if (jobs.claim(id, node, now, leaseFrom(now)) == 1) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a job this node holds, chunk by chunk, as long as it keeps its lease. Each chunk's intent is committed
     * before its action runs (its items marked started), so that a node taking over a chunk another node began knows
     * to ask the action what it already did (see {@link #runChunk}): the first chunk's on its own, every other one's
     * in the transaction that commits the outcomes of the chunk before it, and the job's end in the last one's.
     */
    private void run(long jobId) {
        Job job = jobs.find(jobId);
        JobAction action = action(job.kind());
        JobParams params = JobParams.fromJson(job.params());
        if (job.done() > 0) {
            log.info("Job {} taken over by node {} after {} of {} orders", jobId, node, job.done(), job.total());
        }
        foreground.giveWay(0);
        List<JobItem> pending = tx.execute(s -> startFirst(jobId, chunkOf(action, params)));
        while (pending != null && !pending.isEmpty()) {
            List<JobItem> chunkItems = pending;
            long began = System.nanoTime();
            BatchActionResult result =
                    action == null ? unknownKind(job, chunkItems) : runChunk(action, job, params, chunkItems);
            // given way before the next chunk is sized and begun, so that a station that called meanwhile finds the
            // next chunk the runner's size
            foreground.giveWay(System.nanoTime() - began);
            int next = chunkOf(action, params);
            pending = tx.execute(s -> recordAndStartNext(jobId, chunkItems, result, next));
        }
        if (pending == null) {
            log.warn("Job {} was taken over by another node; node {} stops", jobId, node);
        }
    }

    /**
     * Commits that this node begins the job's first pending chunk, or finishes the job when none is left; answers
     * the chunk (empty: finished), or null if another node has taken the job over.
     */
    private List<JobItem> startFirst(long jobId, int size) {
        List<JobItem> first = jobs.pendingItems(jobId, -1, size);
        if (first.isEmpty()) {
            jobs.finish(jobId, node, clock.instant());
            return first;
        }
        return start(jobId, first) ? first : null;
    }

    /**
     * Commits one chunk's outcomes and, in the same transaction, that this node begins the next chunk (or that the
     * job is done, when no chunk is left); answers the next chunk (empty: done), or null if another node has taken
     * the job over.
     */
    private List<JobItem> recordAndStartNext(long jobId, List<JobItem> chunkItems, BatchActionResult result, int size) {
        if (!record(jobId, chunkItems, result)) {
            return null;
        }
        // every item of the chunk now has its outcome
        List<JobItem> next =
                jobs.pendingItems(jobId, chunkItems.get(chunkItems.size() - 1).seq(), size);
        if (next.isEmpty()) {
            jobs.finish(jobId, node, clock.instant());
        } else {
            markStarted(jobId, next);
        }
        return next;
    }

    /** Commits that this node begins the chunk, unless another node has taken the job over. */
    private boolean start(long jobId, List<JobItem> chunkItems) {
        if (jobs.progress(jobId, node, 0, leaseFrom(clock.instant())) != 1) {
            return false;
        }
        markStarted(jobId, chunkItems);
        return true;
    }

    /**
     * Marks the chunk's items not begun before as started; the caller holds the job's lease. The chunk is the items
     * {@link JobMapper#pendingItems} answered, so the pending ones between its first and its last are its own.
     */
    private void markStarted(long jobId, List<JobItem> chunkItems) {
        if (chunkItems.stream().anyMatch(i -> i.outcome() == JobItemOutcome.PENDING)) {
            jobs.started(
                    jobId,
                    chunkItems.get(0).seq(),
                    chunkItems.get(chunkItems.size() - 1).seq());
        }
    }

    /**
     * Runs the action over a chunk. Orders a node began before (and died or lost its lease before it recorded
     * them) may already be done: those the action recognises as done by this job succeed without running again,
     * and so do those a second run refuses because the first had, meanwhile, done them.
     */
    private BatchActionResult runChunk(JobAction action, Job job, JobParams params, List<JobItem> chunkItems) {
        List<Long> ids = chunkItems.stream().map(JobItem::orderId).toList();
        List<Long> begun = chunkItems.stream()
                .filter(i -> i.outcome() == JobItemOutcome.STARTED)
                .map(JobItem::orderId)
                .toList();
        if (begun.isEmpty()) {
            return action.run(ids, params, job.actor());
        }
        Set<Long> done = new LinkedHashSet<>(action.alreadyDone(begun, params, job.actor(), job.createdAt()));
        done.retainAll(begun);
        List<Long> rest = ids.stream().filter(id -> !done.contains(id)).toList();
        log.info(
                "Job {}: {} of {} begun orders were already done; running {} again",
                job.id(),
                done.size(),
                begun.size(),
                rest.size());
        BatchActionResult ran =
                rest.isEmpty() ? new BatchActionResult(List.of(), List.of()) : action.run(rest, params, job.actor());
        List<Long> refusedBegun = ran.failed().stream()
                .map(BatchActionResult.Failure::orderId)
                .filter(begun::contains)
                .toList();
        Set<Long> doneMeanwhile = new LinkedHashSet<>(
                refusedBegun.isEmpty()
                        ? Set.of()
                        : action.alreadyDone(refusedBegun, params, job.actor(), job.createdAt()));
        doneMeanwhile.retainAll(refusedBegun);
        List<Long> succeeded = new ArrayList<>(done);
        succeeded.addAll(ran.succeeded());
        succeeded.addAll(doneMeanwhile);
        List<BatchActionResult.Failure> failed = ran.failed().stream()
                .filter(f -> !doneMeanwhile.contains(f.orderId()))
                .toList();
        return new BatchActionResult(succeeded, failed);
    }

    /**
     * Commits one chunk's outcomes with the job's progress, unless another node has taken the job over: its failures
     * one by one, then every other item of the chunk as succeeded in one statement by the range of its sequence
     * numbers (the items in that range not yet committed are the chunk's own, as in {@link #markStarted}).
     */
    private boolean record(long jobId, List<JobItem> chunkItems, BatchActionResult result) {
        if (jobs.progress(jobId, node, chunkItems.size(), leaseFrom(clock.instant())) != 1) {
            return false;
        }
        Set<Long> succeededIds = Set.copyOf(result.succeeded());
        Map<Long, BatchActionResult.Failure> failures = new HashMap<>();
        result.failed().stream()
                .filter(f -> !succeededIds.contains(f.orderId()))
                .forEach(f -> failures.putIfAbsent(f.orderId(), f));
        for (JobItem item : chunkItems) {
            if (!failures.containsKey(item.orderId()) && !succeededIds.contains(item.orderId())) {
                // an action that says nothing of an order must not leave it pending for ever
                failures.put(
                        item.orderId(),
                        new BatchActionResult.Failure(
                                item.orderId(),
                                "The action reported nothing for this order",
                                Refusal.of(Refusal.UNEXPECTED, "no outcome")));
            }
        }
        for (JobItem item : chunkItems) {
            BatchActionResult.Failure f = failures.get(item.orderId());
            if (f != null) {
                jobs.failed(
                        jobId,
                        item.seq(),
                        Columns.clip(f.reason(), MAX_REASON),
                        f.refusal() == null ? null : f.refusal().code(),
                        f.refusal() == null
                                ? null
                                : RefusalArgs.write(f.refusal().args()));
            }
        }
        jobs.succeeded(
                jobId,
                chunkItems.get(0).seq(),
                chunkItems.get(chunkItems.size() - 1).seq());
        return true;
    }

    /** The next chunk's size: the action's while the stations on this node are quiet, else the runner's. */
    private int chunkOf(JobAction action, JobParams params) {
        return action == null || foreground.busy() ? chunk : Math.max(1, action.chunk(params, chunk));
    }

    private static BatchActionResult unknownKind(Job job, List<JobItem> pending) {
        return new BatchActionResult(
                List.of(),
                pending.stream()
                        .map(i -> new BatchActionResult.Failure(
                                i.orderId(),
                                "No job action '" + job.kind() + "' on this node",
                                Refusal.of(Refusal.UNEXPECTED, "no job action " + job.kind())))
                        .toList());
    }

    /** The action of {@code kind}, looked up when needed: actions may themselves submit jobs. */
    private JobAction action(String kind) {
        return actions.orderedStream()
                .filter(a -> a.kind().equals(kind))
                .findFirst()
                .orElse(null);
    }

    private Instant leaseFrom(Instant now) {
        return now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
    }
}
