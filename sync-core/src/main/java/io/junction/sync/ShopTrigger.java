package io.junction.sync;

import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz's handle on work for one shop: it launches the work and nothing else (the work lives in
 * {@link SyncService}, as the Spring Batch job of {@link ShopSyncJobConfiguration}).
 */
abstract class ShopTrigger extends QuartzJobBean {

    static final String SHOP_ID = "shopId";

    final SyncService syncService;

    ShopTrigger(SyncService syncService) {
        this.syncService = syncService;
    }

    @Override
    protected final void executeInternal(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        launch(data.getLong(SHOP_ID), data, context.isRecovering());
    }

    /** Launches the shop's work; {@code recovering} when Quartz hands it over because the node running it died. */
    abstract void launch(long shopId, JobDataMap data, boolean recovering);
}
