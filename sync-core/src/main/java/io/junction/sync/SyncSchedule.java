package io.junction.sync;

import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.shop.ShopSyncSwitched;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives every enabled shop a repeating Quartz trigger, and takes it away from a disabled one. With
 * the clustered JDBC job store each firing runs on exactly one node; a trigger that already exists is
 * left as it is. A new shop's first firing is at once, so its recent orders arrive without waiting. The
 * schedule follows the shops as {@link ShopService} changes them ({@link ShopSyncSwitched}).
 */
@Component
public class SyncSchedule {

    private static final Logger log = LoggerFactory.getLogger(SyncSchedule.class);
    private static final String GROUP = "shop-sync";

    private final Scheduler scheduler;
    private final ShopService shops;
    private final Duration interval;
    private final boolean enabled;

    public SyncSchedule(
            Scheduler scheduler,
            ShopService shops,
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
            for (Shop shop : shops.all()) {
                if (shop.enabled()) {
                    schedule(shop);
                } else {
                    unschedule(shop.id());
                }
            }
        }
    }

    /**
     * Follows a shop added, enabled or disabled, once its transaction committed; in a transaction of
     * its own, so that the JDBC job store's rows are committed too.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onShopSyncSwitched(ShopSyncSwitched switched) {
        follow(switched.shop());
    }

    /**
     * Brings the schedule in step with a shop just added, enabled or disabled: an enabled shop is
     * scheduled (its first run at once), a disabled one unscheduled. A failure is logged, not thrown:
     * the shop is stored, and the next start schedules it.
     */
    public void follow(Shop shop) {
        try {
            if (!shop.enabled()) {
                unschedule(shop.id());
            } else if (enabled) {
                schedule(shop);
            }
        } catch (SchedulerException e) {
            log.warn("Could not bring the sync schedule of shop {} in step: {}", shop.id(), e.getMessage());
        }
    }

    /** Removes the shop's sync job and trigger, if it has them. */
    public void unschedule(long shopId) throws SchedulerException {
        scheduler.deleteJob(jobKey(shopId));
    }

    /** When the shop's next sync fires, or null when it is not scheduled. */
    public Instant nextRunAt(long shopId) {
        try {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey("shop-" + shopId, GROUP));
            Date next = trigger == null ? null : trigger.getNextFireTime();
            return next == null ? null : next.toInstant();
        } catch (SchedulerException e) {
            log.warn("Could not read the sync trigger of shop {}: {}", shopId, e.getMessage());
            return null;
        }
    }

    private static JobKey jobKey(long shopId) {
        return JobKey.jobKey("shop-" + shopId, GROUP);
    }

    /** Schedules the shop's sync unless it is scheduled already. */
    public void schedule(Shop shop) throws SchedulerException {
        JobKey key = jobKey(shop.id());
        if (scheduler.checkExists(key)) {
            return;
        }
        JobDetail job = JobBuilder.newJob(ShopSyncTrigger.class)
                .withIdentity(key)
                .usingJobData(ShopTrigger.SHOP_ID, shop.id())
                .withDescription("sync of " + shop.platform() + " shop " + shop.name())
                .storeDurably()
                .requestRecovery()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity("shop-" + shop.id(), GROUP)
                .forJob(job)
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, trigger);
    }
}
