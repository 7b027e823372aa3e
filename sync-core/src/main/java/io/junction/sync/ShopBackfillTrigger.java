package io.junction.sync;

import io.junction.channel.SyncWindow;
import java.time.Instant;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz's handle on one back-fill: runs it, and, when Quartz hands it over after its node died,
 * tells the service so that the stale run is recovered and resumed after its last committed page.
 */
public class ShopBackfillTrigger extends QuartzJobBean {

    static final String SHOP_ID = "shopId";
    static final String FROM = "from";
    static final String TO = "to";
    static final String REQUESTED_AT = "requestedAt";

    private final SyncService syncService;

    public ShopBackfillTrigger(SyncService syncService) {
        this.syncService = syncService;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        syncService.backfill(data.getLong(SHOP_ID),
                new SyncWindow(Instant.parse(data.getString(FROM)), Instant.parse(data.getString(TO))),
                Instant.ofEpochMilli(data.getLong(REQUESTED_AT)), context.isRecovering());
    }
}
