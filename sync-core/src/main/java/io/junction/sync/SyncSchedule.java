package io.junction.sync;

import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import java.time.Duration;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every enabled shop a repeating Quartz trigger. With the clustered JDBC job store each
 * firing runs on exactly one node; a trigger that already exists is left as it is.
 */
@Component
public class SyncSchedule {

    private static final String GROUP = "shop-sync";

    private final Scheduler scheduler;
    private final ShopService shops;
    private final Duration interval;
    private final boolean enabled;

    public SyncSchedule(Scheduler scheduler, ShopService shops,
            @Value("${junction.sync.interval:PT5M}") Duration interval,
            @Value("${junction.sync.schedule-enabled:true}") boolean enabled) {
        this.scheduler = scheduler;
        this.shops = shops;
        this.interval = interval;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void scheduleEnabledShops() throws SchedulerException {
        if (enabled) {
            for (Shop shop : shops.enabled()) {
                schedule(shop);
            }
        }
    }

    /** Schedules the shop's sync unless it is scheduled already. */
    public void schedule(Shop shop) throws SchedulerException {
        JobKey key = JobKey.jobKey("shop-" + shop.id(), GROUP);
        if (scheduler.checkExists(key)) {
            return;
        }
        JobDetail job = JobBuilder.newJob(ShopSyncJob.class).withIdentity(key)
                .usingJobData(ShopSyncJob.SHOP_ID, shop.id())
                .withDescription("sync of " + shop.platform() + " shop " + shop.name())
                .storeDurably().requestRecovery().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("shop-" + shop.id(), GROUP).forJob(job).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, trigger);
    }
}
