package io.junction.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.TrackingChange;
import io.junction.order.OrderActionException;
import io.junction.order.Refusal;
import io.junction.outcome.RemoteOutcome;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrackingChangeServiceTest extends ShippedOrderInOutboxTest {

    @Autowired
    TrackingChangeService trackingChanges;

    @Test
    void aChangeBeforeTheMarketplaceConfirmedTheShipmentIsRefusedAndNothingIsSent() {
        assertThatThrownBy(() -> trackingChanges.change(pkg.id(), "YT9999999999", "relabelled", "clerk1"))
                .isInstanceOf(OrderActionException.class)
                .hasMessage(
                        "package " + pkg.packageNo() + " has no confirmed shipment on FAKE yet (write-back PENDING):"
                                + " its tracking number can change only after the marketplace accepted the first one");
        assertThat(trackingChanges.history(pkg.id())).isEmpty();
        assertThat(channel.trackingChanges()).isEmpty();
    }

    @Test
    void anAcceptedChangePutsTheNewNumberOnThePackageAndTellsTheMarketplaceItsHistory() {
        // given the first confirmation was accepted a day ago
        Instant confirmedAt = confirmed();
        clock.advance(Duration.ofDays(1));
        String old = pkg.trackingNumber();

        // when
        TrackingChangeEntry change =
                trackingChanges.change(pkg.id(), " YT0000000001 ", "carrier relabelled the parcel", "clerk1");

        // then
        assertThat(change.status()).isEqualTo(TrackingChangeStatus.CONFIRMED);
        assertThat(change.oldTrackingNumber()).isEqualTo(old);
        assertThat(change.newTrackingNumber()).isEqualTo("YT0000000001");
        assertThat(change.attempts()).isEqualTo(1);
        assertThat(change.requestedBy()).isEqualTo("clerk1");
        assertThat(change.settledAt()).isEqualTo(clock.instant());
        assertThat(packages.findById(pkg.id()).trackingNumber()).isEqualTo("YT0000000001");
        assertThat(channel.trackingChanges())
                .singleElement()
                .isEqualTo(new TrackingChange(
                        order.platformOrderId(),
                        pkg.id(),
                        change.carrierCode(),
                        old,
                        change.carrierCode(),
                        "YT0000000001",
                        true,
                        confirmedAt,
                        0));
        assertThat(orders.history(order.id()))
                .last()
                .satisfies(h -> assertThat(h.reason())
                        .isEqualTo("changed the tracking number of package " + pkg.packageNo() + " from " + old
                                + " to YT0000000001 on FAKE: carrier relabelled the parcel"));

        // and a second change tells the marketplace of the first
        trackingChanges.change(pkg.id(), "YT0000000002", "relabelled again", "clerk1");
        assertThat(channel.trackingChanges()).last().satisfies(c -> {
            assertThat(c.oldTrackingNumber()).isEqualTo("YT0000000001");
            assertThat(c.changesSoFar()).isEqualTo(1);
            assertThat(c.firstDeclaredAt()).isEqualTo(confirmedAt);
        });
        assertThat(trackingChanges.history(pkg.id()))
                .extracting(TrackingChangeEntry::status)
                .containsExactly(TrackingChangeStatus.CONFIRMED, TrackingChangeStatus.CONFIRMED);
    }

    @Test
    void aRefusedChangeKeepsThePackagesNumberAndSaysWhy() {
        confirmed();
        String old = pkg.trackingNumber();
        channel.nextTrackingChangeAnswers(RemoteOutcome.rejected("EDIT_LIMIT_REACHED", "at most 2 changes"));

        TrackingChangeEntry change = trackingChanges.change(pkg.id(), "YT0000000001", "relabelled", "clerk1");

        assertThat(change.status()).isEqualTo(TrackingChangeStatus.FAILED);
        assertThat(change.lastError()).isEqualTo("FAKE refused: EDIT_LIMIT_REACHED at most 2 changes");
        assertThat(packages.findById(pkg.id()).trackingNumber()).isEqualTo(old);
        assertThat(orders.history(order.id()))
                .last()
                .satisfies(h -> assertThat(h.reason())
                        .startsWith("could not change the tracking number of package " + pkg.packageNo()));
    }

    @Test
    void anUnansweredChangeStaysPendingAndIsResentNotDecidedTwice() {
        confirmed();
        String old = pkg.trackingNumber();
        channel.nextTrackingChangeAnswers(RemoteOutcome.unknown("read timed out"));

        // when the marketplace does not answer
        TrackingChangeEntry first = trackingChanges.change(pkg.id(), "YT0000000001", "relabelled", "clerk1");

        // then the change waits, the package keeps its number, and another number is refused meanwhile
        assertThat(first.status()).isEqualTo(TrackingChangeStatus.PENDING);
        assertThat(first.lastError()).isEqualTo("no answer from FAKE, ask again to resend: read timed out");
        assertThat(packages.findById(pkg.id()).trackingNumber()).isEqualTo(old);
        assertThatThrownBy(() -> trackingChanges.change(pkg.id(), "YT0000000002", "other", "clerk2"))
                .isInstanceOf(OrderActionException.class)
                .hasMessageContaining("awaits FAKE's answer: ask for YT0000000001 again to resend it");

        // when the clerk asks for the same number again
        TrackingChangeEntry resent = trackingChanges.change(pkg.id(), "YT0000000001", "relabelled", "clerk1");

        // then the same change is resent and settled: one change, two attempts
        assertThat(resent.id()).isEqualTo(first.id());
        assertThat(resent.status()).isEqualTo(TrackingChangeStatus.CONFIRMED);
        assertThat(resent.attempts()).isEqualTo(2);
        assertThat(trackingChanges.history(pkg.id())).hasSize(1);
        assertThat(packages.findById(pkg.id()).trackingNumber()).isEqualTo("YT0000000001");
    }

    @Test
    void aChangeWaitingForTheMarketplacesAnswerIsNotSentAgainUntilItsLeaseRunsOut() {
        // given a change whose attempt was claimed by a node that has not heard back (nor died, as far as we know)
        confirmed();
        channel.nextTrackingChangeAnswers(RemoteOutcome.unknown("read timed out"));
        TrackingChangeEntry first = trackingChanges.change(pkg.id(), "YT0000000001", "relabelled", "clerk1");
        jdbc.update(
                "UPDATE wb_tracking_change SET sending_since = ? WHERE id = ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)),
                first.id());

        // when another clerk asks for the same change at once, it is refused and nothing is sent
        assertThatThrownBy(() -> trackingChanges.change(pkg.id(), "YT0000000001", "relabelled", "clerk2"))
                .isInstanceOf(OrderActionException.class)
                .hasMessageContaining("is being sent to FAKE right now");
        assertThat(channel.trackingChanges()).isEmpty();

        // when the lease has run out, the change is resent once
        clock.advance(TrackingChangeService.SENDING_LEASE.plusSeconds(1));
        assertThat(trackingChanges
                        .change(pkg.id(), "YT0000000001", "relabelled", "clerk2")
                        .status())
                .isEqualTo(TrackingChangeStatus.CONFIRMED);
        assertThat(channel.trackingChanges()).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() {
        confirmed();
        for (String bad : List.of("", "YT 123", "ab", "x".repeat(65), "YT<script>")) {
            assertThatThrownBy(() -> trackingChanges.change(pkg.id(), bad, "relabelled", "clerk1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a tracking number");
        }
        for (String badReason : Arrays.asList(" ", null, "r".repeat(501))) {
            assertThatThrownBy(() -> trackingChanges.change(pkg.id(), "YT0000000001", badReason, "clerk1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("why the tracking number");
        }
        assertThatThrownBy(() -> trackingChanges.change(pkg.id(), pkg.trackingNumber(), "same", "clerk1"))
                .isInstanceOf(OrderActionException.class)
                .hasMessageContaining("already carries")
                .satisfies(e -> assertThat(((OrderActionException) e).refusal())
                        .isEqualTo(Refusal.of(Refusal.TRACKING_CHANGE_SAME, pkg.packageNo(), pkg.trackingNumber())));
        assertThatThrownBy(() -> trackingChanges.change(987654321L, "YT0000000001", "relabelled", "clerk1"))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(trackingChanges.history(pkg.id())).isEmpty();
        assertThat(channel.trackingChanges()).isEmpty();
    }

    /** Lets the relay confirm the shipment; when the marketplace accepted it. */
    private Instant confirmed() {
        relayEveryDueConfirmation();
        OutboxEntry entry = outbox.findByOrder(order.id()).get(0);
        assertThat(entry.status()).isEqualTo(OutboxStatus.CONFIRMED);
        return entry.confirmedAt();
    }
}
