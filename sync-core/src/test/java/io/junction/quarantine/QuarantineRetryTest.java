package io.junction.quarantine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderStatus;
import io.junction.shop.ShopService;
import io.junction.sync.SyncService;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QuarantineRetryTest extends FakeShopTest {

    @Autowired
    QuarantineService quarantine;

    @Autowired
    SyncService syncService;

    @Autowired
    QuarantineMapper quarantineMapper;

    @Autowired
    ShopService shops;

    String badId;
    QuarantinedOrder entry;

    @BeforeEach
    void aShopWithOneQuarantinedOrder() {
        channel.healPages();
        badId = Fixtures.unique("PO-BAD");
        channel.putMalformed(new OrderPage.MalformedOrder(
                badId,
                "OrderTotal.Amount is not a number",
                "{\"AmazonOrderId\":\"" + badId + "\",\"OrderTotal\":{\"Amount\":\"x\"}}"));
        assertThat(syncService.sync(shop.id()).tally().quarantined()).isEqualTo(1);
        entry = quarantineMapper.list(shop.id(), QuarantineStatus.OPEN, 10).get(0);
        channel.clear();
    }

    @Test
    void aRetryAfterThePlatformFixedTheOrderMakesItAnOrderAndResolvesTheEntry() {
        // given the platform now sends the order readable
        ChannelOrder fixed = fixtures.platformOrder(
                badId, PlatformState.READY_TO_SHIP, clock.instant().minus(Duration.ofMinutes(1)), mug, mug);
        channel.put(fixed);

        // when
        QuarantineService.Retry retry = quarantine.retry(entry.id(), "clerk1");

        // then the order exists once, with its lines, ready for review, and the entry points at it
        Order order = orders.findByPlatformId(shop.id(), badId);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM oms_order_line WHERE order_id = ?", Long.class, order.id()))
                .isEqualTo(2L);
        assertThat(retry)
                .isEqualTo(new QuarantineService.Retry(
                        entry.id(),
                        QuarantineStatus.RESOLVED,
                        order.id(),
                        "read again from FAKE by clerk1: order " + order.id()));
        QuarantinedOrder after = quarantine.get(entry.id());
        assertThat(after.status()).isEqualTo(QuarantineStatus.RESOLVED);
        assertThat(after.orderId()).isEqualTo(order.id());
        assertThat(after.settledBy()).isEqualTo("clerk1");
        assertThat(after.settledAt()).isEqualTo(clock.instant());
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(after.rawPayload()).isEqualTo(entry.rawPayload());

        // and a second retry is refused and changes nothing
        assertThatThrownBy(() -> quarantine.retry(entry.id(), "clerk2"))
                .isInstanceOf(QuarantineRefusedException.class)
                .hasMessage("quarantined order " + entry.id() + " is RESOLVED as order " + order.id()
                        + ": nothing to retry");
        assertThat(quarantine.get(entry.id())).isEqualTo(after);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?", Long.class, shop.id()))
                .isEqualTo(1L);
    }

    @Test
    void aRetryWhileThePlatformStillSendsItMalformedKeepsItOpenWithTheNewReasonAndPayload() {
        String newer = "{\"AmazonOrderId\":\"" + badId + "\",\"ShippingAddress\":null}";
        channel.putMalformed(new OrderPage.MalformedOrder(badId, "ShippingAddress is missing", newer));
        clock.advance(Duration.ofMinutes(5));

        QuarantineService.Retry retry = quarantine.retry(entry.id(), "clerk1");

        assertThat(retry)
                .isEqualTo(new QuarantineService.Retry(
                        entry.id(), QuarantineStatus.OPEN, null, "still unreadable: ShippingAddress is missing"));
        QuarantinedOrder after = quarantine.get(entry.id());
        assertThat(after.status()).isEqualTo(QuarantineStatus.OPEN);
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(after.lastAttemptAt()).isEqualTo(clock.instant());
        assertThat(after.reason()).isEqualTo("ShippingAddress is missing");
        assertThat(after.rawPayload()).isEqualTo(newer);
        assertThat(after.receivedAt()).isEqualTo(entry.receivedAt());
        assertThat(orders.findByPlatformId(shop.id(), badId)).isNull();
    }

    @Test
    void aRetryOfAnOrderThePlatformNoLongerHasSaysSoAndKeepsItOpen() {
        QuarantineService.Retry retry = quarantine.retry(entry.id(), "clerk1");

        assertThat(retry.status()).isEqualTo(QuarantineStatus.OPEN);
        assertThat(retry.outcome())
                .isEqualTo("FAKE no longer has order " + badId + ": dismiss it if it needs no order");
        assertThat(quarantine.get(entry.id()).attempts()).isEqualTo(1);
    }

    @Test
    void aPlatformThatCannotBeAskedRefusesTheRetryAndCountsTheAttempt() {
        channel.failPage(0);

        assertThatThrownBy(() -> quarantine.retry(entry.id(), "clerk1"))
                .isInstanceOf(QuarantineRefusedException.class)
                .satisfies(e -> assertThat(((QuarantineRefusedException) e).platformUnreachable())
                        .isTrue())
                .hasMessage("could not ask FAKE: order " + badId + " answered 503");

        QuarantinedOrder after = quarantine.get(entry.id());
        assertThat(after.status()).isEqualTo(QuarantineStatus.OPEN);
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(after.outcome()).isEqualTo("could not ask FAKE: order " + badId + " answered 503");
    }

    @Test
    void aDisabledShopRefusesTheRetryAndNothingIsAsked() {
        shops.disable(shop.id());
        channel.put(fixtures.platformOrder(
                badId, PlatformState.READY_TO_SHIP, clock.instant().minus(Duration.ofMinutes(1)), mug));

        assertThatThrownBy(() -> quarantine.retry(entry.id(), "clerk1"))
                .isInstanceOf(QuarantineRefusedException.class)
                .hasMessageContaining("is disabled: enable it to retry its orders");
        assertThat(quarantine.get(entry.id())).isEqualTo(entry);
        assertThat(orders.findByPlatformId(shop.id(), badId)).isNull();
    }

    @Test
    void aReadableVersionBroughtByALaterSyncResolvesTheEntry() {
        channel.put(fixtures.platformOrder(
                badId, PlatformState.READY_TO_SHIP, clock.instant().minus(Duration.ofMinutes(3)), mug));
        clock.advance(Duration.ofMinutes(1));

        assertThat(syncService.sync(shop.id()).tally().created()).isEqualTo(1);

        QuarantinedOrder after = quarantine.get(entry.id());
        assertThat(after.status()).isEqualTo(QuarantineStatus.RESOLVED);
        assertThat(after.orderId())
                .isEqualTo(orders.findByPlatformId(shop.id(), badId).id());
        assertThat(after.settledBy()).isEqualTo("sync");
        assertThat(after.attempts()).isZero();
    }

    @Test
    void anUnreadableUpdateOfAKnownOrderStaysOpenUntilANewerReadableVersionArrives() {
        // given an order Junction has, whose next version the platform sends unreadable
        ChannelOrder paid = fixtures.paidOrder(mug);
        channel.put(paid);
        syncService.sync(shop.id());
        clock.advance(Duration.ofMinutes(1));
        channel.putMalformed(new OrderPage.MalformedOrder(
                paid.platformOrderId(),
                "unknown OrderStatus \"Canceled!\"",
                "{\"AmazonOrderId\":\"" + paid.platformOrderId() + "\",\"OrderStatus\":\"Canceled!\"}"));

        // when the next run reads the unreadable update beside the known order
        syncService.sync(shop.id());

        // then the update stays in quarantine, for a person to see
        QuarantinedOrder update = quarantineMapper.list(shop.id(), QuarantineStatus.OPEN, 10).stream()
                .filter(q -> paid.platformOrderId().equals(q.platformOrderId()))
                .findFirst()
                .orElseThrow();

        // when the platform then sends a newer, readable version
        clock.advance(Duration.ofMinutes(1));
        channel.put(
                Fixtures.changed(paid, PlatformState.CANCELLED, clock.instant().minus(Duration.ofMinutes(3))));
        syncService.sync(shop.id());

        // then it is resolved, and the order carries the change
        assertThat(quarantine.get(update.id()).status()).isEqualTo(QuarantineStatus.RESOLVED);
        assertThat(orders.findByPlatformId(shop.id(), paid.platformOrderId()).status())
                .isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aDismissalNeedsAReasonAndSettlesTheEntryOnce() {
        assertThatThrownBy(() -> quarantine.dismiss(entry.id(), "clerk1", "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("say in at most 1000 characters why quarantined order " + entry.id() + " needs no order");
        assertThat(quarantine.get(entry.id())).isEqualTo(entry);

        QuarantinedOrder dismissed = quarantine.dismiss(entry.id(), "clerk1", " a test order the seller placed ");

        assertThat(dismissed.status()).isEqualTo(QuarantineStatus.DISMISSED);
        assertThat(dismissed.outcome()).isEqualTo("a test order the seller placed");
        assertThat(dismissed.settledBy()).isEqualTo("clerk1");
        assertThatThrownBy(() -> quarantine.dismiss(entry.id(), "clerk2", "again"))
                .isInstanceOf(QuarantineRefusedException.class)
                .hasMessage("quarantined order " + entry.id() + " is DISMISSED already: nothing to dismiss");
        assertThatThrownBy(() -> quarantine.retry(entry.id(), "clerk2")).isInstanceOf(QuarantineRefusedException.class);
        assertThat(quarantine.get(entry.id())).isEqualTo(dismissed);
    }

    @Test
    void aRetryOfManyAnswersEntryByEntry() {
        // given a second quarantined order, which gets dismissed, and the first one fixed on the platform
        String otherId = Fixtures.unique("PO-BAD");
        channel.putMalformed(
                new OrderPage.MalformedOrder(otherId, "no lines", "{\"AmazonOrderId\":\"" + otherId + "\"}"));
        clock.advance(Duration.ofMinutes(1));
        syncService.sync(shop.id());
        QuarantinedOrder other = quarantineMapper.list(shop.id(), QuarantineStatus.OPEN, 10).stream()
                .filter(q -> otherId.equals(q.platformOrderId()))
                .findFirst()
                .orElseThrow();
        quarantine.dismiss(other.id(), "clerk1", "duplicate of another order");
        channel.put(fixtures.platformOrder(
                badId, PlatformState.READY_TO_SHIP, clock.instant().minus(Duration.ofMinutes(30)), mug));

        // when
        QuarantineService.Retries result =
                quarantine.retryAll(List.of(entry.id(), other.id(), entry.id(), -1L), "clerk1");

        // then
        assertThat(result.retried()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(entry.id());
            assertThat(r.status()).isEqualTo(QuarantineStatus.RESOLVED);
        });
        assertThat(result.refused()).extracting(QuarantineService.Refusal::id).containsExactly(other.id(), -1L);
        assertThat(result.refused().get(1).reason()).isEqualTo("no quarantined order -1");
        assertThat(quarantineMapper.countByStatus(shop.id()))
                .containsExactlyInAnyOrder(
                        new QuarantineMapper.StatusCount(QuarantineStatus.RESOLVED, 1),
                        new QuarantineMapper.StatusCount(QuarantineStatus.DISMISSED, 1));
        assertThat(Map.of(
                        "orders",
                        jdbc.queryForObject("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?", Long.class, shop.id())))
                .containsEntry("orders", 1L);
    }
}
