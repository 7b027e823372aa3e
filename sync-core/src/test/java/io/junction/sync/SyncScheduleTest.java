package io.junction.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.shop.Shop;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;

/** A shop's place in the sync schedule follows it: added or enabled, it runs at once; disabled, it is gone. */
class SyncScheduleTest {

    Scheduler scheduler;

    @BeforeEach
    void standbyScheduler() throws SchedulerException {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "shop-schedule-test-" + System.nanoTime());
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        // never started: triggers are stored and computed, nothing fires
        scheduler = new StdSchedulerFactory(properties).getScheduler();
    }

    @AfterEach
    void shutDown() throws SchedulerException {
        scheduler.shutdown();
    }

    @Test
    void aNewShopIsScheduledToSyncAtOnce() {
        // given
        SyncSchedule schedule = new SyncSchedule(scheduler, null, Duration.ofMinutes(5), true);

        // when
        schedule.follow(shop(41, true));

        // then
        Instant next = schedule.nextRunAt(41);
        assertThat(next).isNotNull().isBefore(Instant.now().plusSeconds(2));
    }

    @Test
    void aDisabledShopIsUnscheduled() {
        // given
        SyncSchedule schedule = new SyncSchedule(scheduler, null, Duration.ofMinutes(5), true);
        schedule.follow(shop(42, true));

        // when
        schedule.follow(shop(42, false));

        // then
        assertThat(schedule.nextRunAt(42)).isNull();
    }

    @Test
    void anEnabledShopIsScheduledAgain() {
        // given
        SyncSchedule schedule = new SyncSchedule(scheduler, null, Duration.ofMinutes(5), true);
        schedule.follow(shop(43, false));

        // when
        schedule.follow(shop(43, true));

        // then
        assertThat(schedule.nextRunAt(43)).isNotNull();
    }

    @Test
    void withTheScheduleSwitchedOffNothingIsScheduled() {
        // given
        SyncSchedule schedule = new SyncSchedule(scheduler, null, Duration.ofMinutes(5), false);

        // when
        schedule.follow(shop(44, true));

        // then
        assertThat(schedule.nextRunAt(44)).isNull();
    }

    private static Shop shop(long id, boolean enabled) {
        return new Shop(
                id, "AMAZON", "Shop " + id, "https://example.com", null, "v1:x", null, null, enabled, Instant.now());
    }
}
