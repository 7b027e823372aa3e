package io.junction.sync;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz's handle on one shop's sync: launches it and nothing else (the work lives in {@link SyncService}). */
@DisallowConcurrentExecution
public class ShopSyncJob extends QuartzJobBean {

    static final String SHOP_ID = "shopId";

    private final SyncService syncService;

    public ShopSyncJob(SyncService syncService) {
        this.syncService = syncService;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        syncService.sync(context.getMergedJobDataMap().getLong(SHOP_ID));
    }
}
