package io.junction.web.node;

import io.junction.sync.SyncClaims;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} part of {@code /actuator/health} and of the readiness group: up once this node's
 * Quartz scheduler runs and, in a cluster, the cluster's check-in table lists the node on time. Until then
 * the node fires no sync and cannot tell a dead node's claims, so a load balancer should not count on it.
 */
@Component
class SchedulerHealthIndicator implements HealthIndicator {

    private final Scheduler scheduler;
    private final SyncClaims claims;

    SchedulerHealthIndicator(Scheduler scheduler, SyncClaims claims) {
        this.scheduler = scheduler;
        this.claims = claims;
    }

    @Override
    public Health health() {
        try {
            Health.Builder health = running() ? Health.up() : Health.outOfService();
            boolean clustered = scheduler.getMetaData().isJobStoreClustered();
            if (clustered && !claims.checkedIn()) {
                health = Health.outOfService();
            }
            return health.withDetail("node", claims.node())
                    .withDetail("started", running())
                    .withDetail("clustered", clustered)
                    .build();
        } catch (SchedulerException e) {
            return Health.down(e).withDetail("node", claims.node()).build();
        }
    }

    private boolean running() throws SchedulerException {
        return scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
    }
}
