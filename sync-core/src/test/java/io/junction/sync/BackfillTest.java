package io.junction.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.channel.SyncWindow;
import io.junction.testing.FakeShopTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Back-fills as Spring Batch runs them: a range read again, resumable after its last committed page. */
class BackfillTest extends FakeShopTest {

    @Autowired
    SyncService syncService;

    List<ChannelOrder> onPlatform;
    SyncWindow lastWeek;

    @BeforeEach
    void sixOrdersFromLastWeekOnThreePages() {
        channel.pageSize(2);
        onPlatform = new ArrayList<>();
        Instant weekAgo = clock.instant().minus(Duration.ofDays(7));
        for (int i = 0; i < 6; i++) {
            ChannelOrder order = fixtures.platformOrder(
                    String.format("BF-%s-%d", shop.id(), i),
                    PlatformState.READY_TO_SHIP,
                    weekAgo.plus(Duration.ofHours(i)),
                    mug);
            channel.put(order);
            onPlatform.add(order);
        }
        lastWeek = new SyncWindow(weekAgo.minus(Duration.ofHours(1)), weekAgo.plus(Duration.ofDays(1)));
    }

    @Test
    void aBackfillReadsTheRangeAndLeavesTheWatermarkAlone() {
        // when
        SyncService.Report report = syncService.backfill(shop.id(), lastWeek, clock.instant(), false);

        // then
        assertThat(report.succeeded()).as(report.error()).isTrue();
        assertThat(report.tally().created()).isEqualTo(6);
        assertThat(ordersOfShop()).isEqualTo(6);
        assertThat(syncService.state(shop.id()).watermark()).isNull();
    }

    @Test
    void aBackfillCutShortResumesAfterItsLastCommittedPageAndMissesNothing() {
        // given the platform fails on the third page
        channel.failPage(2);
        Instant requestedAt = clock.instant();
        SyncService.Report cut = syncService.backfill(shop.id(), lastWeek, requestedAt, false);
        assertThat(cut.succeeded()).isFalse();
        assertThat(cut.error()).contains("UNAVAILABLE");
        assertThat(ordersOfShop()).isEqualTo(4);
        int servedBefore = channel.pagesServed();

        // when the same back-fill runs again once the platform is healthy
        channel.healPages();
        SyncService.Report resumed = syncService.backfill(shop.id(), lastWeek, requestedAt, false);

        // then only the missing page was read, and every order is there exactly once
        assertThat(resumed.succeeded()).as(resumed.error()).isTrue();
        assertThat(channel.pagesServed() - servedBefore).isEqualTo(1);
        assertThat(resumed.tally().created()).isEqualTo(6);
        assertThat(ordersOfShop()).isEqualTo(6);
        assertThat(distinctPlatformIds()).isEqualTo(6);
    }

    @Test
    void aBackfillWhoseNodeDiedMidwayIsRecoveredAndResumedOnAnotherRun() {
        // given a back-fill that committed two pages, and whose node then died: its job still says STARTED
        channel.failPage(2);
        Instant requestedAt = clock.instant();
        syncService.backfill(shop.id(), lastWeek, requestedAt, false);
        Long executionId = jdbc.queryForObject("""
                SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'shopId' AND p.PARAMETER_VALUE = ?""", Long.class, String.valueOf(shop.id()));
        jdbc.update(
                "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
                executionId);
        jdbc.update(
                "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
                executionId);
        channel.healPages();
        int servedBefore = channel.pagesServed();

        // when the scheduler hands the back-fill to another node, which knows it is recovering
        SyncService.Report resumed = syncService.backfill(shop.id(), lastWeek, requestedAt, true);

        // then
        assertThat(resumed.succeeded()).as(resumed.error()).isTrue();
        assertThat(channel.pagesServed() - servedBefore).isEqualTo(1);
        assertThat(ordersOfShop()).isEqualTo(6);
        assertThat(distinctPlatformIds()).isEqualTo(6);
    }

    @Test
    void aCompletedBackfillAskedAgainReadsNothing() {
        // given
        Instant requestedAt = clock.instant();
        syncService.backfill(shop.id(), lastWeek, requestedAt, false);
        int served = channel.pagesServed();

        // when
        SyncService.Report again = syncService.backfill(shop.id(), lastWeek, requestedAt, false);

        // then
        assertThat(again.succeeded()).isTrue();
        assertThat(channel.pagesServed()).isEqualTo(served);
    }

    @Test
    void aNewBackfillOfTheSameRangeReadsItAgainAndDuplicatesNothing() {
        // given
        syncService.backfill(shop.id(), lastWeek, clock.instant(), false);

        // when a person asks for the same range later
        clock.advance(Duration.ofMinutes(5));
        SyncService.Report again = syncService.backfill(shop.id(), lastWeek, clock.instant(), false);

        // then
        assertThat(again.succeeded()).isTrue();
        assertThat(again.tally().unchanged()).isEqualTo(6);
        assertThat(ordersOfShop()).isEqualTo(6);
    }

    private int ordersOfShop() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?", Integer.class, shop.id());
    }

    private int distinctPlatformIds() {
        return jdbc.queryForObject(
                "SELECT COUNT(DISTINCT platform_order_id) FROM oms_order WHERE shop_id = ?", Integer.class, shop.id());
    }
}
