package io.junction.sync;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz's handle on one shop's sync: launches it and nothing else (the work lives in {@link SyncService}).
 * Quartz fires it again on another node when the node running it dies ({@code requestRecovery}); the
 * dead node's claim on the shop is then taken over at once (see {@link SyncClaims}).
 */
@DisallowConcurrentExecution
public class ShopSyncTrigger extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ShopSyncTrigger.class);

    static final String SHOP_ID = "shopId";

    private final SyncService syncService;

    public ShopSyncTrigger(SyncService syncService) {
        this.syncService = syncService;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        long shopId = context.getMergedJobDataMap().getLong(SHOP_ID);
        if (context.isRecovering()) {
            log.info("Recovering the sync of shop {}: the node that ran it died", shopId);
        }
        syncService.sync(shopId);
    }
}
