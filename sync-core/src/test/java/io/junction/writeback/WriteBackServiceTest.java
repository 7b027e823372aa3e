package io.junction.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ShipmentConfirmation;
import io.junction.logistics.Carriers;
import io.junction.logistics.MarketplaceCarrier;
import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.WriteBackStatus;
import io.junction.outbox.OutboxRelay.Claim;
import io.junction.outcome.RemoteOutcome;
import io.junction.secret.Redaction;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeCarrier;
import io.junction.testing.FakeChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteBackServiceTest extends ShippedOrderInOutboxTest {

    @Override
    WarehouseSku[] itemsOrdered() {
        return new WarehouseSku[] {mug, fixtures.sku(5)};
    }

    @Test
    void theCarrierIsNamedAsTheShopsMarketplaceNamesIt() {
        // given the method's carrier has its own code on this marketplace
        context.getBean(Carriers.class)
                .mapMarketplaceCarrier(method, FakeChannel.PLATFORM, new MarketplaceCarrier("1327", "Fake Express"));

        // when
        writeBack.relay().relayDue(EVERYTHING);

        // then
        assertThat(ours(channel.confirmations())).singleElement().satisfies(c -> {
            assertThat(c.carrierCode()).isEqualTo("1327");
            assertThat(c.carrierName()).isEqualTo("Fake Express");
        });
    }

    @Test
    void relayDueSendsOneConfirmationWithTheRightTrackingCarrierAndItemsAndMarksItConfirmed() {
        // when
        writeBack.relay().relayDue(EVERYTHING);

        // then
        List<ShipmentConfirmation> sent = ours(channel.confirmations());
        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.trackingNumber()).isEqualTo(pkg.trackingNumber()).startsWith("FK");
            assertThat(c.carrierCode())
                    .isEqualTo(method.marketplaceCarrierCode())
                    .isEqualTo("Other");
            assertThat(c.carrierName()).isEqualTo(FakeCarrier.CARRIER);
            assertThat(c.shippingMethod()).isEqualTo(method.name());
            assertThat(c.packageReference()).isEqualTo(pkg.id());
            assertThat(c.marketplaceId()).isEqualTo("M1");
            assertThat(c.shipDate()).isEqualTo(pkg.shippedAt());
            assertThat(c.items())
                    .containsExactlyElementsOf(orders.lines(order.id()).stream()
                            .map((OrderLine l) -> new ShipmentConfirmation.Item(l.platformLineId(), 1))
                            .toList());
            assertThat(c.wholeOrder()).isTrue();
        });
        OutboxEntry entry = entry();
        assertThat(entry.status()).isEqualTo(OutboxStatus.CONFIRMED);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.confirmedAt()).isEqualTo(clock.instant());
        assertThat(orders.findById(order.id()).writeBackStatus()).isEqualTo(WriteBackStatus.CONFIRMED);

        // when the relay runs again
        writeBack.relay().relayDue(EVERYTHING);

        // then nothing is sent twice
        assertThat(ours(channel.confirmations())).hasSize(1);
    }

    @Test
    void anUnknownOutcomeLeavesItPendingForALaterAttempt() {
        // given the marketplace does not answer
        channel.nextConfirmationAnswers(RemoteOutcome.unknown("read timed out"));
        Instant sentAt = clock.instant();

        // when
        writeBack.relay().relayDue(EVERYTHING);

        // then
        OutboxEntry entry = entry();
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).isEqualTo("read timed out");
        assertThat(entry.nextAttemptAt()).isAfter(sentAt).isBeforeOrEqualTo(sentAt.plus(Duration.ofSeconds(30)));
        assertThat(orders.findById(order.id()).writeBackStatus()).isEqualTo(WriteBackStatus.PENDING);
        assertThat(ours(channel.confirmations())).isEmpty();

        // when the relay runs again before the back-off has passed
        writeBack.relay().relayDue(EVERYTHING);

        // then the row is not tried again yet
        assertThat(entry().attempts()).isEqualTo(1);

        // when the back-off has passed
        clock.advance(Duration.ofSeconds(31));
        writeBack.relay().relayDue(EVERYTHING);

        // then
        assertThat(entry().status()).isEqualTo(OutboxStatus.CONFIRMED);
        assertThat(entry().attempts()).isEqualTo(2);
        assertThat(ours(channel.confirmations())).hasSize(1);
        assertThat(orders.findById(order.id()).writeBackStatus()).isEqualTo(WriteBackStatus.CONFIRMED);
    }

    @Test
    void aRejectionMarksItFailedWithTheMarketplacesReason() {
        // given
        channel.nextConfirmationAnswers(
                RemoteOutcome.rejected("InvalidTrackingNumber", "tracking number is not valid for carrier Other"));

        // when
        writeBack.relay().relayDue(EVERYTHING);

        // then
        OutboxEntry entry = entry();
        assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(entry.lastError())
                .contains("InvalidTrackingNumber")
                .contains("tracking number is not valid for carrier Other");
        assertThat(orders.findById(order.id()).writeBackStatus()).isEqualTo(WriteBackStatus.FAILED);
        assertThat(jdbc.queryForObject(
                        "SELECT write_back_status FROM oms_order WHERE id = ?", String.class, order.id()))
                .isEqualTo("FAILED");

        // when the relay runs again, much later
        clock.advance(Duration.ofHours(2));
        writeBack.relay().relayDue(EVERYTHING);

        // then a refused confirmation is not retried by itself
        assertThat(entry().status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(entry().attempts()).isEqualTo(1);
    }

    @Test
    void aRejectionThatEchoesTheRequestIsStoredWithoutTheShopsCredentials() {
        // given a marketplace that quotes the request, the shop's token and a signature in it
        channel.nextConfirmationAnswers(
                RemoteOutcome.rejected("InvalidInput", "bad request token=fake-token&sign=9F8E7D6C5B: key fake-token"));

        // when
        writeBack.relay().relayDue(EVERYTHING);

        // then the reason is kept, the secrets are not
        OutboxEntry entry = entry();
        assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(entry.lastError())
                .contains("InvalidInput", "bad request", Redaction.MASK)
                .doesNotContain("fake-token", "9F8E7D6C5B");
    }

    @Test
    void aConfirmationThatNeverGetsAnAnswerFailsAfterTheLastAttempt() {
        // given the marketplace never answers
        for (int i = 0; i < 8; i++) {
            channel.nextConfirmationAnswers(RemoteOutcome.unknown("read timed out"));
        }

        // when the relay keeps trying, each time after the back-off
        for (int attempt = 1; attempt <= 8; attempt++) {
            writeBack.relay().relayDue(EVERYTHING);
            clock.advance(Duration.ofHours(1).plusSeconds(1));
        }

        // then
        OutboxEntry entry = entry();
        assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(entry.attempts()).isEqualTo(8);
        assertThat(entry.lastError()).contains("No answer after 8 attempts");
        assertThat(orders.findById(order.id()).writeBackStatus()).isEqualTo(WriteBackStatus.FAILED);
    }

    @Test
    void aClaimedRowIsNotClaimedAgainWithinItsLease() {
        // given one relay claimed the row (and, say, died before sending it)
        assertThat(ids(writeBack.relay().claimDue(EVERYTHING))).contains(entry().id());

        // when a second relay looks for due rows within the lease
        clock.advance(Duration.ofMinutes(1));
        List<Claim<OutboxEntry>> second = writeBack.relay().claimDue(EVERYTHING);

        // then it does not get it
        assertThat(ids(second)).doesNotContain(entry().id());

        // when the lease has passed
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        List<Claim<OutboxEntry>> afterLease = writeBack.relay().claimDue(EVERYTHING);

        // then the row is due again, and sending it confirms it once
        assertThat(ids(afterLease)).contains(entry().id());
        afterLease.forEach(writeBack.relay()::attempt);
        assertThat(entry().status()).isEqualTo(OutboxStatus.CONFIRMED);
        assertThat(ours(channel.confirmations())).hasSize(1);
    }

    @Test
    void aRelayWhoseLeaseRanOutLeavesTheRowToTheRelayThatTookItOver() {
        // given one relay claimed the row and stalled past its lease, and a second relay claimed it since
        Claim<OutboxEntry> stalled = writeBack.relay().claimDue(EVERYTHING).stream()
                .filter(c -> c.row().id() == entry().id())
                .findFirst()
                .orElseThrow();
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        Claim<OutboxEntry> takenOver = writeBack.relay().claimDue(EVERYTHING).stream()
                .filter(c -> c.row().id() == entry().id())
                .findFirst()
                .orElseThrow();

        // when the stalled relay wakes up and sends its row
        writeBack.relay().attempt(stalled);

        // then nothing is sent: the row is the other relay's
        assertThat(ours(channel.confirmations())).isEmpty();
        assertThat(entry().status()).isEqualTo(OutboxStatus.PENDING);

        // when the relay that took it over sends it
        writeBack.relay().attempt(takenOver);

        // then it is confirmed once
        assertThat(ours(channel.confirmations())).hasSize(1);
        assertThat(entry().status()).isEqualTo(OutboxStatus.CONFIRMED);
    }

    @Test
    void aRowThatCannotBeSentIsRetriedLaterWithoutStallingTheRowsClaimedWithIt() {
        // given a shipped order of a shop whose marketplace has no connector on this node (removed since the
        // shop was added), queued before ours
        Shop orphan = fixtures.fakeShop(method);
        jdbc.update("UPDATE chn_shop SET platform = 'NOCONNECTOR' WHERE id = ?", orphan.id());
        orphan = context.getBean(ShopService.class).get(orphan.id());
        WarehouseSku cup = fixtures.sku(1);
        Order stuck = fixtures.ingest(orphan, fixtures.paidOrder(cup)).get(0);
        pipeline.shipped(stuck);
        jdbc.update(
                "UPDATE wb_outbox SET next_attempt_at = ? WHERE order_id = ?",
                java.sql.Timestamp.valueOf(
                        java.time.LocalDateTime.ofInstant(clock.instant().minusSeconds(1), java.time.ZoneOffset.UTC)),
                stuck.id());

        // when
        writeBack.relay().relayDue(EVERYTHING);

        // then ours is confirmed, and the orphan waits for a later attempt with the reason
        assertThat(entry().status()).isEqualTo(OutboxStatus.CONFIRMED);
        OutboxEntry orphanEntry = outbox.findByOrder(stuck.id()).get(0);
        assertThat(orphanEntry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(orphanEntry.attempts()).isEqualTo(1);
        assertThat(orphanEntry.lastError()).contains("No connector for platform NOCONNECTOR");
        assertThat(orphanEntry.nextAttemptAt()).isAfter(clock.instant());
        jdbc.update("UPDATE wb_outbox SET status = 'FAILED' WHERE order_id = ?", stuck.id());
    }

    private OutboxEntry entry() {
        List<OutboxEntry> entries = outbox.findByOrder(order.id());
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private List<ShipmentConfirmation> ours(List<ShipmentConfirmation> all) {
        return all.stream()
                .filter(c -> c.platformOrderId().equals(order.platformOrderId()))
                .toList();
    }

    private static List<Long> ids(List<Claim<OutboxEntry>> claims) {
        return claims.stream().map(c -> c.row().id()).toList();
    }
}
