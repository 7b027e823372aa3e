package io.junction.web.node;

import io.junction.sync.SyncClaims;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} part of {@code /actuator/health} and of the readiness group: up once this node's
 * Quartz scheduler runs and, in a cluster, has joined it (the cluster's check-in table has listed the node on
 * time at least once since it started). Until then the node fires no sync and cannot tell a dead node's
 * claims, so a load balancer should not count on it. Once joined, a late check-in (a long pause, which the
 * other nodes may take for a death and recover) does not take the node out of service: its next check-in puts
 * it back in the table.
 */
@Component
class SchedulerHealthIndicator implements HealthIndicator {

    private final Scheduler scheduler;
    private final SyncClaims claims;
    private volatile boolean joined;

    SchedulerHealthIndicator(Scheduler scheduler, SyncClaims claims) {
        this.scheduler = scheduler;
        this.claims = claims;
    }

    @Override
    public Health health() {
        try {
            boolean running = running();
            boolean clustered = scheduler.getMetaData().isJobStoreClustered();
            if (running && (!clustered || joined || claims.checkedIn())) {
                joined = true;
            }
            Health.Builder health = running && joined ? Health.up() : Health.outOfService();
            return health.withDetail("node", claims.node())
                    .withDetail("started", running)
                    .withDetail("clustered", clustered)
                    .withDetail("joined", joined)
                    .build();
        } catch (SchedulerException e) {
            return Health.down(e).withDetail("node", claims.node()).build();
        }
    }

    private boolean running() throws SchedulerException {
        return scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
    }
}
