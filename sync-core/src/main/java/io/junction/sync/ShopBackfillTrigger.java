package io.junction.sync;

import io.junction.channel.SyncWindow;
import java.time.Instant;
import org.quartz.JobDataMap;

/**
 * Launches one back-fill, and, when Quartz hands it over after its node died, tells the service so
 * that the stale run is recovered and resumed after its last committed page.
 */
public class ShopBackfillTrigger extends ShopTrigger {

    static final String FROM = "from";
    static final String TO = "to";
    static final String REQUESTED_AT = "requestedAt";

    public ShopBackfillTrigger(SyncService syncService) {
        super(syncService);
    }

    @Override
    void launch(long shopId, JobDataMap data, boolean recovering) {
        SyncWindow window = new SyncWindow(Instant.parse(data.getString(FROM)), Instant.parse(data.getString(TO)));
        syncService.backfill(shopId, window, Instant.ofEpochMilli(data.getLong(REQUESTED_AT)), recovering);
    }
}
