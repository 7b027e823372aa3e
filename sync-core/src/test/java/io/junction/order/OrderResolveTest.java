package io.junction.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.logistics.ParcelCancellationService;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Back to review": an order a person has settled leaves EXCEPTION and starts the flow over. */
class OrderResolveTest extends FakeShopTest {

    @Autowired
    OrderControlService control;

    @Autowired
    ParcelCancellationService cancellations;

    ChannelOrder paid;
    Order tracked;

    @Override
    protected int mugsInStock() {
        return 5;
    }

    @BeforeEach
    void aPreAdvisedOrder() {
        paid = fixtures.paidOrder(mug);
        tracked = pipeline.tracked(fixtures.ingest(shop, paid).get(0));
    }

    @Test
    void anOrderStillRefundedOnThePlatformStaysStoppedThenGoesBackToReviewOnceTheRefundIsRefused() {
        // given the buyer asked for a refund: the order is stopped
        platformSays(PlatformState.REFUND_REQUESTED, 60);
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);

        cancellations.relay().relayDue(50);

        // when a clerk sends it back to review while the refund is open, it is refused
        BatchActionResult refused = control.resolve(List.of(tracked.id()), "clerk", "buyer changed their mind");
        assertThat(refused.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .isEqualTo("the buyer's refund request is still open on FAKE: settle it there first"));
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);

        // when the seller refuses the refund on the platform and the clerk tries again
        platformSays(PlatformState.READY_TO_SHIP, 120);
        BatchActionResult resolved = control.resolve(List.of(tracked.id()), "clerk", "refund refused");

        // then the order is back to review, holding nothing, and allocation makes a new package
        assertThat(resolved.succeeded()).containsExactly(tracked.id());
        Order back = orders.findById(tracked.id());
        assertThat(back.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(orders.history(back.id())).last().satisfies(h -> {
            assertThat(h.fromStatus()).isEqualTo(OrderStatus.EXCEPTION);
            assertThat(h.reason()).isEqualTo("back to review: refund refused");
            assertThat(h.actor()).isEqualTo("clerk");
        });
        assertThat(skus.findById(mug.id()).reserved()).isZero();
        Order again = pipeline.allocated(back);
        assertThat(packages.findAllByOrder(again.id())).hasSize(2);
        assertThat(packages.findByOrder(again.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.preadviceStatus()).isEqualTo(PreAdviceStatus.NONE));
        assertThat(skus.findById(mug.id()).reserved()).isEqualTo(1);
    }

    @Test
    void anOrderWhoseParcelMayStillStandAtTheCarrierCannotGoBackToReview() {
        // given the refund request stopped the order and its parcel's cancellation has not been carried out yet
        platformSays(PlatformState.REFUND_REQUESTED, 60);
        platformSays(PlatformState.READY_TO_SHIP, 120);

        // when
        BatchActionResult refused = control.resolve(List.of(tracked.id()), "clerk", "refund refused");

        // then a second parcel is not made beside the one that may stand
        assertThat(refused.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .contains("may still stand (CANCELLING)")
                        .contains("settle it with the carrier first"));
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
    }

    @Test
    void anOrderSyncedBeforeThePlatformsStateWasKeptGoesBackOnlyOnceASyncHasReadIt() {
        // given a stopped order whose platform state is unknown (synced before the upgrade that keeps it)
        platformSays(PlatformState.REFUND_REQUESTED, 60);
        cancellations.relay().relayDue(50);
        ChannelOrder refused = platformSays(PlatformState.READY_TO_SHIP, 120);
        jdbc.update("UPDATE oms_order SET platform_state = NULL WHERE id = ?", tracked.id());

        // when sent back to review, it is refused
        assertThat(control.resolve(List.of(tracked.id()), "clerk", null).failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("has not read this order's state on FAKE"));

        // when a sync reads the same version again, the state is learnt and the order may go back
        fixtures.ingest(shop, refused);
        assertThat(orders.findById(tracked.id()).platformState()).isEqualTo(PlatformState.READY_TO_SHIP);
        assertThat(control.resolve(List.of(tracked.id()), "clerk", null).succeeded())
                .containsExactly(tracked.id());
    }

    @Test
    void anOrderCancelledOnThePlatformCannotGoBackToReview() {
        platformSays(PlatformState.CANCELLED, 60);

        BatchActionResult refused = control.resolve(List.of(tracked.id()), "clerk", null);

        assertThat(refused.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .isEqualTo("cancelled on FAKE: it cannot go back to review; cancel it here too"));
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
    }

    @Test
    void onlyAStoppedOrderGoesBackToReview() {
        BatchActionResult refused = control.resolve(List.of(tracked.id()), "clerk", null);

        assertThat(refused.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("Order is PENDING_PRINT, not EXCEPTION"));
        assertThat(orders.findById(tracked.id()).version()).isEqualTo(tracked.version());
    }

    private ChannelOrder platformSays(PlatformState state, long secondsLater) {
        ChannelOrder changed = Fixtures.changed(paid, state, paid.updatedAt().plusSeconds(secondsLater));
        fixtures.ingest(shop, changed);
        return changed;
    }
}
