package io.junction.sync;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which node's run holds a shop's incremental sync. A claim names its node (the Quartz scheduler's
 * instance id, the name the cluster's check-in table knows it by) and holds a short lease
 * ({@code junction.sync.lease}) that the run renews after every page it reads and, for a page call
 * that takes long, by a heartbeat ({@code junction.sync.heartbeat}). A claim is taken over when its
 * lease has run out, or at once when its node is known dead: Quartz's check-in table shows the node
 * late by more than Quartz itself allows, or no longer lists it because Quartz recovered its jobs.
 */
@Component
public class SyncClaims implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SyncClaims.class);

    private final SyncMapper sync;
    /**
     * Claims are taken, renewed and let go in transactions of their own: a renewal made inside a page's
     * chunk transaction would count only once the chunk commits, and would hold the row meanwhile.
     */
    private final TransactionTemplate ownTransaction;

    private final Clock clock;
    private final Duration lease;
    private final String schedulerName;
    private final String node;
    private final Map<Long, Claim> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;

    @Autowired
    public SyncClaims(
            SyncMapper sync,
            PlatformTransactionManager transactions,
            Scheduler scheduler,
            Clock clock,
            @Value("${junction.sync.lease:PT45S}") Duration lease,
            @Value("${junction.sync.heartbeat:PT15S}") Duration heartbeatEvery)
            throws SchedulerException {
        this(
                sync,
                transactions,
                scheduler.getSchedulerName(),
                scheduler.getMetaData().isJobStoreClustered()
                        ? scheduler.getSchedulerInstanceId()
                        : ManagementFactory.getRuntimeMXBean().getName(),
                clock,
                lease,
                heartbeatEvery);
    }

    /** Claims in the name of {@code node}, a member of the Quartz cluster {@code schedulerName}. */
    SyncClaims(
            SyncMapper sync,
            PlatformTransactionManager transactions,
            String schedulerName,
            String node,
            Clock clock,
            Duration lease,
            Duration heartbeatEvery) {
        if (heartbeatEvery.isNegative() || heartbeatEvery.isZero() || heartbeatEvery.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("junction.sync.heartbeat (" + heartbeatEvery
                    + ") must be positive and shorter than junction.sync.lease (" + lease + ")");
        }
        this.sync = sync;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.lease = lease;
        this.schedulerName = schedulerName;
        this.node = node;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sync-claim-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(
                this::renewAll, heartbeatEvery.toMillis(), heartbeatEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Who holds a shop and for how long.
     *
     * @param node the holder's node; null for a claim taken before claims named their node
     * @param since when the holder took the shop
     * @param until when its lease runs out unless renewed
     */
    public record Holder(String node, Instant since, Instant until) {

        @Override
        public String toString() {
            return "node " + node + " since " + since + " until " + until;
        }
    }

    /** What claiming a shop came to. */
    public sealed interface Claiming permits Claim, Refused {}

    /** The shop is this node's run's until it lets go; {@code from} is whom it was taken over from, if anyone. */
    public record Claim(long shopId, String node, Instant since, Holder from) implements Claiming {}

    /** Another run holds the shop and is alive as far as anyone can tell. */
    public record Refused(long shopId, Holder holder) implements Claiming {}

    /** Thrown by a run that finds its claim taken over: it stops, and the run that took it carries on. */
    public static class ClaimLostException extends IllegalStateException {
        ClaimLostException(long shopId, String node) {
            super("the sync of shop " + shopId + " on node " + node + " lost its claim: its lease ran out and"
                    + " another run took the shop over");
        }
    }

    /** This node's name in claims. */
    public String node() {
        return node;
    }

    /**
     * Whether this node is a live member of its Quartz cluster as the check-in table shows it: listed, and
     * not later than Quartz allows. A node that is not, fires no sync and cannot tell a dead holder's claim.
     */
    public boolean checkedIn() {
        long now = clock.millis();
        return sync.schedulerNodes(schedulerName).stream()
                .anyMatch(n -> n.instanceName().equals(node) && !n.silentAt(now));
    }

    /**
     * Takes the shop for one incremental run, unless a live run holds it. One claim at a time per process, so
     * that a claim this process has just taken is in {@code held} before another of its threads looks.
     */
    public synchronized Claiming claim(long shopId) {
        return ownTransaction.execute(status -> claimNow(shopId));
    }

    private Claiming claimNow(long shopId) {
        SyncState state = state(shopId);
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        Holder holder = state.holder();
        Holder from = null;
        int taken;
        if (holder == null || holder.until().isBefore(now)) {
            from = holder;
            taken = sync.acquireLease(shopId, node, now, until);
        } else if (holder.node() != null && holder.node().equals(node) && !held.containsKey(shopId)) {
            // an earlier process under this node's name held it and is gone: this one is alive and holds nothing
            from = holder;
            taken = sync.takeOverLease(shopId, node, now, until, holder.node(), holder.since());
        } else if (holder.node() != null && !holder.node().equals(node) && knownDead(holder.node(), now)) {
            from = holder;
            taken = sync.takeOverLease(shopId, node, now, until, holder.node(), holder.since());
        } else {
            taken = 0;
        }
        if (taken == 0) {
            Holder current = state(shopId).holder();
            Refused refused = new Refused(shopId, current == null ? holder : current);
            log.info("Sync of shop {} refused on node {}: a run holds it ({})", shopId, node, refused.holder());
            return refused;
        }
        Claim claim = new Claim(shopId, node, now, from);
        held.put(shopId, claim);
        if (from != null) {
            log.warn(
                    "Sync of shop {} taken over by node {} from {} ({})",
                    shopId,
                    node,
                    from,
                    from.until().isBefore(now) ? "its lease ran out" : "its node is dead");
        }
        return claim;
    }

    /**
     * Renews this node's claim on the shop, if it holds one: a run calls it after every page.
     *
     * @throws ClaimLostException when the claim was taken over meanwhile
     */
    public void renew(long shopId) {
        Claim claim = held.get(shopId);
        if (claim != null && !renewNow(claim)) {
            throw new ClaimLostException(shopId, node);
        }
    }

    private boolean renewNow(Claim claim) {
        Integer renewed = ownTransaction.execute(status -> sync.renewLease(
                claim.shopId(), node, claim.since(), clock.instant().plus(lease)));
        return renewed != null && renewed == 1;
    }

    /** Lets the shop go, if the claim is still this run's. */
    public void release(Claim claim) {
        held.remove(claim.shopId(), claim);
        ownTransaction.executeWithoutResult(status -> sync.releaseLease(claim.shopId(), claim.node(), claim.since()));
    }

    /** Forgets the claim without touching the row: the run recorded its end together with letting go. */
    void forget(Claim claim) {
        held.remove(claim.shopId(), claim);
    }

    /**
     * Whether the node is known dead: the Quartz cluster's check-in table lists other nodes but not
     * this one (Quartz removes a failed node once it has recovered its jobs), or its last check-in is
     * later than Quartz allows. Without a clustered scheduler nobody checks in, and only the lease tells.
     */
    private boolean knownDead(String holderNode, Instant now) {
        List<SchedulerNode> nodes = sync.schedulerNodes(schedulerName);
        if (nodes.isEmpty()) {
            return false;
        }
        return nodes.stream()
                .filter(n -> n.instanceName().equals(holderNode))
                .findFirst()
                .map(n -> n.silentAt(now.toEpochMilli()))
                .orElse(true);
    }

    private void renewAll() {
        for (Claim claim : held.values()) {
            try {
                if (!renewNow(claim)) {
                    // the run's next page finds it out too, and stops
                    log.warn("Sync of shop {} on node {} lost its claim to another run", claim.shopId(), node);
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the sync claim of shop {}: {}", claim.shopId(), e.getMessage());
            }
        }
    }

    SyncState state(long shopId) {
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

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
    }
}
