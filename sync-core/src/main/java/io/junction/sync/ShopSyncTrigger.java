package io.junction.sync;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDataMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launches one shop's sync. Quartz fires it again on another node when the node running it dies
 * ({@code requestRecovery}); the dead node's claim on the shop is then taken over at once (see
 * {@link SyncClaims}).
 */
@DisallowConcurrentExecution
public class ShopSyncTrigger extends ShopTrigger {

    private static final Logger log = LoggerFactory.getLogger(ShopSyncTrigger.class);

    public ShopSyncTrigger(SyncService syncService) {
        super(syncService);
    }

    @Override
    void launch(long shopId, JobDataMap data, boolean recovering) {
        if (recovering) {
            log.info("Recovering the sync of shop {}: the node that ran it died", shopId);
        }
        syncService.sync(shopId);
    }
}
