package io.junction.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.SyncWindow;
import io.junction.quarantine.QuarantineMapper;
import io.junction.secret.Redaction;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SyncServiceTest extends FakeShopTest {

    private static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final Duration PLATFORM_DELAY = Duration.ofMinutes(2);

    @Autowired
    SyncService syncService;

    @Autowired
    SyncMapper syncMapper;

    @Autowired
    QuarantineMapper quarantineMapper;

    @Test
    void syncingTheSameOrdersTwiceChangesNothing() {
        // given three paid orders on the platform (two pages), synced once
        putPaidOrders(3);
        SyncService.Report first = syncService.sync(shop.id());
        assertThat(first.succeeded()).isTrue();
        assertThat(first.tally().created()).isEqualTo(3);
        Map<String, Object> before = snapshot();
        List<Map<String, Object>> ordersBefore = orderRows();

        // when the next run sees the same orders again in its overlapping window
        clock.advance(Duration.ofMinutes(1));
        SyncService.Report second = syncService.sync(shop.id());

        // then
        assertThat(second.succeeded()).isTrue();
        assertThat(second.pages()).isEqualTo(2);
        assertThat(second.tally()).isEqualTo(new OrderIntake.Tally(0, 0, 3, 0));
        assertThat(snapshot())
                .isEqualTo(before)
                .containsEntry("orders", 3L)
                .containsEntry("lines", 3L)
                .containsEntry("history", 3L);
        assertThat(orderRows()).isEqualTo(ordersBefore);
    }

    @Test
    void theWatermarkMovesOnlyAfterEveryPageCommitted() {
        // given a shop synced once (watermark set), then three new orders, the second page of which fails
        assertThat(syncService.sync(shop.id()).succeeded()).isTrue();
        Instant watermark = syncService.state(shop.id()).watermark();
        assertThat(watermark).isNotNull();
        clock.advance(Duration.ofMinutes(5));
        List<ChannelOrder> placed = putPaidOrders(3);
        List<String> firstPage = placed.stream()
                .map(ChannelOrder::platformOrderId)
                .sorted(Comparator.naturalOrder())
                .limit(2)
                .toList();
        channel.failPage(1);

        // when
        SyncService.Report failed = syncService.sync(shop.id());

        // then the first page is stored, the watermark stays, the error is recorded and the lease let go
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("UNAVAILABLE").contains("page 1 answered 503");
        assertThat(storedPlatformIds()).containsExactlyInAnyOrderElementsOf(firstPage);
        SyncState afterFailure = syncService.state(shop.id());
        assertThat(afterFailure.watermark()).isEqualTo(watermark);
        assertThat(afterFailure.lastError()).contains("page 1 answered 503");
        assertThat(afterFailure.leaseUntil()).isNull();

        // when the platform heals and the next run comes
        channel.healPages();
        clock.advance(Duration.ofMinutes(1));
        SyncService.Report healed = syncService.sync(shop.id());

        // then it asks again from the old watermark less the overlap, ingests the rest, duplicates nothing
        assertThat(healed.succeeded()).isTrue();
        assertThat(healed.window().from()).isEqualTo(watermark.minus(OVERLAP));
        assertThat(channel.windowsAsked()).last().extracting(SyncWindow::from).isEqualTo(watermark.minus(OVERLAP));
        assertThat(healed.tally()).isEqualTo(new OrderIntake.Tally(1, 0, 2, 0));
        assertThat(storedPlatformIds())
                .containsExactlyInAnyOrderElementsOf(
                        placed.stream().map(ChannelOrder::platformOrderId).toList());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?", Long.class, shop.id()))
                .isEqualTo(3L);
        SyncState afterSuccess = syncService.state(shop.id());
        assertThat(afterSuccess.watermark()).isEqualTo(clock.instant().minus(PLATFORM_DELAY));
        assertThat(afterSuccess.lastError()).isNull();
    }

    @Test
    void aPlatformErrorThatEchoesTheRequestIsStoredReportedAndLoggedWithoutTheShopsCredentials(CapturedOutput log) {
        // given a platform that answers an error with the request it got, the shop's token in it
        channel.failPageAnswering(
                0,
                "answered 400: you sent token=fake-token&sign=0A1B2C3D4E with header "
                        + "Authorization: Bearer eyJ.secret and key fake-token");

        // when
        SyncService.Report failed = syncService.sync(shop.id());

        // then the failure says what happened, and no secret is in the report, the stored row or the log
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error())
                .contains("answered 400", Redaction.MASK)
                .doesNotContain("fake-token", "0A1B2C3D4E", "eyJ.secret");
        String stored =
                jdbc.queryForObject("SELECT last_error FROM chn_sync_state WHERE shop_id = ?", String.class, shop.id());
        assertThat(stored).contains("answered 400").doesNotContain("fake-token", "0A1B2C3D4E", "eyJ.secret");
        assertThat(log.getAll()).contains("answered 400").doesNotContain("fake-token", "0A1B2C3D4E", "eyJ.secret");
        channel.healPages();
    }

    @Test
    void theFirstRunReachesBackTheInitialLookBackAndStopsTwoMinutesBeforeNow() {
        // given an order updated six days ago, one eight days ago and one updated just now
        Instant now = clock.instant();
        ChannelOrder sixDaysOld = fixtures.platformOrder(
                Fixtures.unique("PO"), PlatformState.READY_TO_SHIP, now.minus(Duration.ofDays(6)), mug);
        ChannelOrder eightDaysOld = fixtures.platformOrder(
                Fixtures.unique("PO"), PlatformState.READY_TO_SHIP, now.minus(Duration.ofDays(8)), mug);
        ChannelOrder tooFresh = fixtures.platformOrder(
                Fixtures.unique("PO"), PlatformState.READY_TO_SHIP, now.minus(Duration.ofSeconds(30)), mug);
        Stream.of(sixDaysOld, eightDaysOld, tooFresh).forEach(channel::put);

        // when
        SyncService.Report report = syncService.sync(shop.id());

        // then
        SyncWindow expected = new SyncWindow(now.minus(Duration.ofDays(7)), now.minus(PLATFORM_DELAY));
        assertThat(report.window()).isEqualTo(expected);
        assertThat(channel.windowsAsked()).containsExactly(expected);
        assertThat(storedPlatformIds()).containsExactly(sixDaysOld.platformOrderId());
        assertThat(syncService.state(shop.id()).watermark()).isEqualTo(expected.to());
    }

    @Test
    void theNextWindowRunsFromTheWatermarkLessTheOverlapToTwoMinutesBeforeNow() {
        // given a first run
        syncService.sync(shop.id());
        Instant watermark = syncService.state(shop.id()).watermark();

        // when the next run comes five minutes later
        clock.advance(Duration.ofMinutes(5));
        SyncService.Report next = syncService.sync(shop.id());

        // then
        assertThat(next.window())
                .isEqualTo(
                        new SyncWindow(watermark.minus(OVERLAP), clock.instant().minus(PLATFORM_DELAY)));
        assertThat(channel.windowsAsked()).hasSize(2).last().isEqualTo(next.window());
    }

    @Test
    void aMalformedOrderIsQuarantinedWithItsRawPayloadWhileTheRestOfThePageIsIngested() {
        // given a page with two good orders and one the connector could not read
        List<ChannelOrder> good = putPaidOrders(2);
        String badId = Fixtures.unique("PO-BAD");
        String raw = "{\"AmazonOrderId\":\"" + badId + "\",\"OrderTotal\":{\"Amount\":\"not a number\"}}";
        channel.putMalformed(new OrderPage.MalformedOrder(badId, "OrderTotal.Amount is not a number", raw));

        // when
        SyncService.Report report = syncService.sync(shop.id());

        // then
        assertThat(report.succeeded()).isTrue();
        assertThat(report.tally()).isEqualTo(new OrderIntake.Tally(2, 0, 0, 1));
        assertThat(storedPlatformIds())
                .containsExactlyInAnyOrderElementsOf(
                        good.stream().map(ChannelOrder::platformOrderId).toList());
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT platform_order_id, reason, raw_payload, received_at FROM chn_quarantine WHERE shop_id = ?",
                shop.id());
        assertThat(row.get("platform_order_id")).isEqualTo(badId);
        assertThat(row.get("reason")).isEqualTo("OrderTotal.Amount is not a number");
        assertThat(row.get("raw_payload")).isEqualTo(raw);
        assertThat(row.get("received_at")).isNotNull();
        assertThat(quarantineMapper.list(shop.id(), null, 10)).singleElement().satisfies(q -> {
            assertThat(q.platformOrderId()).isEqualTo(badId);
            assertThat(q.rawPayload()).isEqualTo(raw);
            assertThat(q.receivedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aSecondSyncWhileALeaseIsHeldReportsAlreadyRunningAndReadsNothing() {
        // given another node holds the shop's lease
        putPaidOrders(1);
        syncService.state(shop.id());
        Instant now = clock.instant();
        assertThat(syncMapper.acquireLease(shop.id(), "another-node", now, now.plus(Duration.ofMinutes(10))))
                .isEqualTo(1);

        // when
        SyncService.Report report = syncService.sync(shop.id());

        // then
        assertThat(report.succeeded()).isFalse();
        assertThat(report.error()).contains("already running");
        assertThat(channel.windowsAsked()).isEmpty();
        assertThat(storedPlatformIds()).isEmpty();
        assertThat(syncService.state(shop.id()).watermark()).isNull();
    }

    @Test
    void aLeaseLeftByACrashedRunLetsGoWhenItExpires() {
        // given a lease taken by a run that never finished
        putPaidOrders(1);
        syncService.state(shop.id());
        Instant now = clock.instant();
        syncMapper.acquireLease(shop.id(), "another-node", now, now.plus(Duration.ofMinutes(10)));

        // when the lease has passed
        clock.advance(Duration.ofMinutes(11));
        SyncService.Report report = syncService.sync(shop.id());

        // then
        assertThat(report.succeeded()).isTrue();
        assertThat(report.tally().created()).isEqualTo(1);
        assertThat(syncService.state(shop.id()).leaseUntil()).isNull();
    }

    private List<ChannelOrder> putPaidOrders(int n) {
        List<ChannelOrder> placed =
                Stream.generate(() -> fixtures.paidOrder(mug)).limit(n).toList();
        placed.forEach(channel::put);
        return placed;
    }

    private List<String> storedPlatformIds() {
        return jdbc.queryForList("SELECT platform_order_id FROM oms_order WHERE shop_id = ?", String.class, shop.id());
    }

    private List<Map<String, Object>> orderRows() {
        return jdbc.queryForList(
                "SELECT id, status, platform_status, version, updated_at, platform_updated_at"
                        + " FROM oms_order WHERE shop_id = ? ORDER BY id",
                shop.id());
    }

    private Map<String, Object> snapshot() {
        return Map.of(
                "orders", count("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?"),
                "lines",
                        count(
                                "SELECT COUNT(*) FROM oms_order_line l JOIN oms_order o ON o.id = l.order_id WHERE o.shop_id = ?"),
                "history",
                        count(
                                "SELECT COUNT(*) FROM oms_order_history h JOIN oms_order o ON o.id = h.order_id WHERE o.shop_id = ?"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, shop.id());
    }
}
