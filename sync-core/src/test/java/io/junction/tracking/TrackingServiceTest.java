package io.junction.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.TrackingEvent;
import io.junction.logistics.TrackingStatus;
import io.junction.order.Order;
import io.junction.order.OrderFilter;
import io.junction.order.OrderPackage;
import io.junction.outbox.OutboxRelay;
import io.junction.outbox.OutboxRelay.Claim;
import io.junction.shop.ShopScope;
import io.junction.testing.FakeCarrier.TrackBehaviour;
import io.junction.testing.FakeShopTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrackingServiceTest extends FakeShopTest {

    static final int EVERYTHING = 1000;

    @Autowired
    TrackingService tracking;

    @Autowired
    TrackingMapper rows;

    @Autowired
    TrackingProperties settings;

    Order order;
    OrderPackage pkg;
    Instant shippedAt;

    @BeforeEach
    void aShippedOrder() {
        drainDuePolls();
        order = syncedOrder(mug);
        pkg = pipeline.shipped(order);
        shippedAt = pkg.shippedAt();
    }

    @Test
    void shippingAPackageQueuesItsFirstPollAtOnce() {
        // then the poll row waits, due when the package shipped, with nothing known yet
        TrackingPoll poll = rows.findByPackage(pkg.id());
        assertThat(poll.status()).isEqualTo(PollStatus.PENDING);
        assertThat(poll.orderId()).isEqualTo(order.id());
        assertThat(poll.nextAttemptAt()).isEqualTo(shippedAt);
        assertThat(poll.trackingStatus()).isNull();
        assertThat(carrier.trackCallsFor(pkg.packageNo())).isZero();
    }

    @Test
    void aPollStoresTheCarriersEventsAndEachEventOnlyOnceWhenReadAgain() {
        // given the carrier has two scans
        TrackingEvent info = event(0, "Shipment information received", TrackingStatus.INFO_RECEIVED);
        TrackingEvent picked = event(30, "已揽收 Picked up", TrackingStatus.PICKED_UP);
        carrier.scans(pkg.packageNo(), List.of(info, picked));

        // when the relay polls
        drainDuePolls();

        // then both events are stored with the carrier's own text, and the parcel is picked up since the scan
        assertThat(storedEvents())
                .extracting(StoredEvent::description)
                .containsExactly("Shipment information received", "已揽收 Picked up");
        TrackingPoll first = rows.findByPackage(pkg.id());
        assertThat(first.trackingStatus()).isEqualTo(TrackingStatus.PICKED_UP);
        assertThat(first.statusSince()).isEqualTo(picked.time());
        assertThat(first.firstScanAt()).isEqualTo(picked.time());
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(settings.pollInterval()));

        // when nothing is due yet, then nothing is polled
        drainDuePolls();
        assertThat(carrier.trackCallsFor(pkg.packageNo())).isEqualTo(1);

        // when the parcel moves on and the next poll reads every event again
        TrackingEvent departed = event(90, "Departed from the origin sorting center", TrackingStatus.IN_TRANSIT);
        carrier.scans(pkg.packageNo(), List.of(info, picked, departed));
        clock.advance(settings.pollInterval());
        drainDuePolls();

        // then only the new event is added, and the first scan stays the first
        assertThat(carrier.trackCallsFor(pkg.packageNo())).isEqualTo(2);
        assertThat(storedEvents()).hasSize(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM lgs_tracking_event WHERE package_id = ?", Integer.class, pkg.id()))
                .isEqualTo(3);
        TrackingPoll second = rows.findByPackage(pkg.id());
        assertThat(second.trackingStatus()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(second.statusSince()).isEqualTo(departed.time());
        assertThat(second.firstScanAt()).isEqualTo(picked.time());
    }

    @Test
    void aDeliveredParcelIsPolledNoMore() {
        // given the carrier delivered the parcel
        carrier.scans(
                pkg.packageNo(),
                List.of(
                        event(10, "Parcel received at the sorting center", TrackingStatus.PICKED_UP),
                        event(60, "Delivered", TrackingStatus.DELIVERED)));

        // when the relay polls, and again much later
        drainDuePolls();
        clock.advance(Duration.ofDays(3));
        drainDuePolls();

        // then the poll is done after one call, delivered
        assertThat(carrier.trackCallsFor(pkg.packageNo())).isEqualTo(1);
        TrackingPoll poll = rows.findByPackage(pkg.id());
        assertThat(poll.status()).isEqualTo(PollStatus.DONE);
        assertThat(poll.trackingStatus()).isEqualTo(TrackingStatus.DELIVERED);
    }

    @Test
    void twoPollersAtOnceMakeOnePoll() throws Exception {
        // given two nodes' relays look for due parcels at the same moment
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable node = () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            tracking.relay().relayDue(EVERYTHING);
        };

        // when both run
        CompletableFuture<Void> a = CompletableFuture.runAsync(node);
        CompletableFuture<Void> b = CompletableFuture.runAsync(node);
        CompletableFuture.allOf(a, b).get();

        // then the carrier was asked once, and the poll counted once
        assertThat(carrier.trackCallsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(rows.findByPackage(pkg.id()).attempts()).isEqualTo(1);
    }

    @Test
    void aPollerWhoseLeaseRanOutLeavesTheParcelToThePollerThatTookItOver() {
        // given one relay claimed the parcel and stalled past its lease, and a second claimed it since
        OutboxRelay<TrackingPoll> relay = tracking.relay();
        Claim<TrackingPoll> stalled = mine(relay.claimDue(EVERYTHING));
        assertThat(mine(relay.claimDue(EVERYTHING)))
                .as("not claimed again within its lease")
                .isNull();
        clock.advance(settings.lease().plusSeconds(1));
        Claim<TrackingPoll> takenOver = mine(relay.claimDue(EVERYTHING));
        assertThat(takenOver).isNotNull();

        // when the second polls, and then the stalled one wakes up
        relay.attempt(takenOver);
        relay.attempt(stalled);

        // then the carrier was asked once
        assertThat(carrier.trackCallsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(rows.findByPackage(pkg.id()).attempts()).isEqualTo(1);
    }

    @Test
    void anUnansweredPollIsTriedAgainSoonerThanTheIntervalAndARefusalAtTheNextInterval() {
        // given the carrier does not answer, then refuses
        carrier.nextTrack(TrackBehaviour.UNREACHABLE, TrackBehaviour.REFUSE);

        // when the relay polls
        drainDuePolls();

        // then the poll is due again after a back-off shorter than the interval, the cause kept
        TrackingPoll unanswered = rows.findByPackage(pkg.id());
        assertThat(unanswered.status()).isEqualTo(PollStatus.PENDING);
        assertThat(unanswered.failures()).isEqualTo(1);
        assertThat(unanswered.lastError()).contains("did not answer").contains("connection reset");
        assertThat(unanswered.nextAttemptAt()).isBefore(clock.instant().plus(settings.pollInterval()));

        // when it is due again and the carrier refuses
        clock.set(unanswered.nextAttemptAt());
        drainDuePolls();

        // then it is asked again at the next interval, the refusal kept, nothing known yet
        TrackingPoll refused = rows.findByPackage(pkg.id());
        assertThat(refused.status()).isEqualTo(PollStatus.PENDING);
        assertThat(refused.failures()).isZero();
        assertThat(refused.lastError()).contains("refused to track").contains("NOT_FOUND");
        assertThat(refused.nextAttemptAt()).isEqualTo(clock.instant().plus(settings.pollInterval()));
        assertThat(refused.trackingStatus()).isNull();
    }

    @Test
    void aPollTheCallQuotaRefusedUnsentIsTakenAgainAfterTheFirstRetryWithoutCountingAFailure() {
        // given the carrier account's quota has no call to spare
        carrier.nextTrack(TrackBehaviour.THROTTLED);

        // when the relay polls
        drainDuePolls();

        // then the poll is due again after the first retry, no failure counted
        TrackingPoll throttled = rows.findByPackage(pkg.id());
        assertThat(throttled.status()).isEqualTo(PollStatus.PENDING);
        assertThat(throttled.failures()).isZero();
        assertThat(throttled.nextAttemptAt()).isEqualTo(clock.instant().plus(settings.firstRetry()));
    }

    @Test
    void aCarrierWithoutTrackingIsNeverAsked() {
        // given the carrier offers no tracking
        carrier.tracks(false);

        // when the relay polls
        drainDuePolls();

        // then the parcel is marked untracked without a call
        assertThat(carrier.trackCallsFor(pkg.packageNo())).isZero();
        assertThat(rows.findByPackage(pkg.id()).status()).isEqualTo(PollStatus.UNTRACKED);
    }

    @Test
    void aParcelNeverScannedIsAnAlertAfterItsPlatformsWindowAndOneStuckInTransitAfterTheStuckWindow() {
        // given the carrier has the pre-advice only
        carrier.scans(pkg.packageNo(), List.of(event(0, "Order created", TrackingStatus.INFO_RECEIVED)));
        drainDuePolls();
        TrackingAlerts alerts = new TrackingAlerts(rows, settings, ShopScope.ALL, clock);
        assertThat(packageIds(alerts.list(AlertKind.NO_FIRST_SCAN, EVERYTHING))).doesNotContain(pkg.id());

        // when more than two days pass without a scan
        clock.set(shippedAt.plus(Duration.ofDays(2)).plusSeconds(1));

        // then the parcel is listed, with its order and tracking number
        assertThat(alerts.list(AlertKind.NO_FIRST_SCAN, EVERYTHING))
                .filteredOn(a -> a.packageId() == pkg.id())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.platformOrderId()).isEqualTo(order.platformOrderId());
                    assertThat(a.trackingNumber()).isEqualTo(pkg.trackingNumber());
                    assertThat(a.trackingStatus()).isEqualTo(TrackingStatus.INFO_RECEIVED);
                });
        assertThat(alerts.countsEverywhere().noFirstScan()).isPositive();

        // and a platform given a longer window of its own does not list it yet
        TrackingProperties.Alerts longer = new TrackingProperties.Alerts(
                Duration.ofDays(2), Map.of(order.platform(), Duration.ofDays(5)), Duration.ofDays(7));
        TrackingAlerts perPlatform = new TrackingAlerts(rows, withAlerts(longer), ShopScope.ALL, clock);
        assertThat(packageIds(perPlatform.list(AlertKind.NO_FIRST_SCAN, EVERYTHING)))
                .doesNotContain(pkg.id());

        // when the carrier scans it and it stays in transit for more than a week
        TrackingEvent scanned =
                new TrackingEvent(clock.instant(), "Departed", "Shenzhen, CN", TrackingStatus.IN_TRANSIT);
        carrier.scans(pkg.packageNo(), List.of(scanned));
        clock.advance(settings.pollInterval());
        drainDuePolls();
        assertThat(packageIds(alerts.list(AlertKind.NO_FIRST_SCAN, EVERYTHING))).doesNotContain(pkg.id());
        assertThat(packageIds(alerts.list(AlertKind.STUCK, EVERYTHING))).doesNotContain(pkg.id());
        clock.set(scanned.time().plus(Duration.ofDays(7)).plusSeconds(1));

        // then it is listed as stuck
        assertThat(packageIds(alerts.list(AlertKind.STUCK, EVERYTHING))).contains(pkg.id());
    }

    @Test
    void theOrderListFiltersByTrackingStatus() {
        // given the parcel was picked up
        carrier.scans(pkg.packageNo(), List.of(event(5, "Picked up", TrackingStatus.PICKED_UP)));
        drainDuePolls();

        // then the order is found by its parcel's status, and not by another
        assertThat(orderIds(TrackingStatus.PICKED_UP)).contains(order.id());
        assertThat(orderIds(TrackingStatus.DELIVERED)).doesNotContain(order.id());
    }

    private List<Long> orderIds(TrackingStatus status) {
        OrderFilter filter = new OrderFilter(
                null, null, shop.id(), null, null, null, null, null, null, null, null, null, status, null);
        return orders.search(filter, 0, EVERYTHING).stream().map(Order::id).toList();
    }

    private TrackingProperties withAlerts(TrackingProperties.Alerts alerts) {
        return new TrackingProperties(
                settings.pollInterval(),
                settings.relayInterval(),
                settings.batchSize(),
                settings.relayEnabled(),
                settings.firstRetry(),
                settings.lease(),
                settings.giveUpAfter(),
                alerts);
    }

    private static List<Long> packageIds(List<TrackingAlert> alerts) {
        return alerts.stream().map(TrackingAlert::packageId).toList();
    }

    private Claim<TrackingPoll> mine(List<Claim<TrackingPoll>> claimed) {
        return claimed.stream()
                .filter(c -> c.row().packageId() == pkg.id())
                .findFirst()
                .orElse(null);
    }

    private List<StoredEvent> storedEvents() {
        return rows.events(List.of(pkg.id()));
    }

    /** An event {@code minutes} after the package shipped. */
    private TrackingEvent event(int minutes, String text, TrackingStatus status) {
        return new TrackingEvent(shippedAt.plus(Duration.ofMinutes(minutes)), text, "Shenzhen, CN", status);
    }

    private void drainDuePolls() {
        while (tracking.relay().relayDue(EVERYTHING) > 0) {
            // each poll settles its row due later, so this ends
        }
    }
}
