package io.junction.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.shop.Shop;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeCarrier;
import io.junction.testing.Fixtures;
import io.junction.testing.Pipeline;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** "Back to review": an order a person has settled leaves EXCEPTION and starts the flow over. */
@SpringBootTest
class OrderResolveTest {

    @Autowired OrderControlService control;
    @Autowired OrderMapper orders;
    @Autowired PackageMapper packages;
    @Autowired SkuMapper skus;
    @Autowired FakeCarrier carrier;
    @Autowired ApplicationContext context;

    Fixtures fixtures;
    Pipeline pipeline;
    Shop shop;
    WarehouseSku mug;
    ChannelOrder paid;
    Order tracked;

    @BeforeEach
    void aPreAdvisedOrder() {
        carrier.reset();
        fixtures = new Fixtures(context);
        pipeline = new Pipeline(context);
        shop = fixtures.fakeShop(fixtures.fakeCarrierMethod());
        mug = fixtures.sku(5);
        paid = fixtures.paidOrder(mug);
        tracked = pipeline.tracked(fixtures.ingest(shop, paid).get(0));
    }

    @Test
    void anOrderStillRefundedOnThePlatformStaysStoppedThenGoesBackToReviewOnceTheRefundIsRefused() {
        // given the buyer asked for a refund: the order is stopped
        platformSays(PlatformState.REFUND_REQUESTED, 60);
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);

        // when a clerk sends it back to review while the refund is open, it is refused
        BatchActionResult refused = control.resolve(List.of(tracked.id()), "clerk", "buyer changed their mind");
        assertThat(refused.failed()).singleElement().satisfies(f -> assertThat(f.reason())
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
        assertThat(packages.findByOrder(again.id())).singleElement()
                .satisfies(p -> assertThat(p.preadviceStatus()).isEqualTo(PreAdviceStatus.NONE));
        assertThat(skus.findById(mug.id()).reserved()).isEqualTo(1);
    }

    @Test
    void anOrderCancelledOnThePlatformCannotGoBackToReview() {
        platformSays(PlatformState.CANCELLED, 60);

        BatchActionResult refused = control.resolve(List.of(tracked.id()), "clerk", null);

        assertThat(refused.failed()).singleElement().satisfies(f -> assertThat(f.reason())
                .isEqualTo("cancelled on FAKE: it cannot go back to review; cancel it here too"));
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
    }

    @Test
    void onlyAStoppedOrderGoesBackToReview() {
        BatchActionResult refused = control.resolve(List.of(tracked.id()), "clerk", null);

        assertThat(refused.failed()).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("Order is PENDING_PRINT, not EXCEPTION"));
        assertThat(orders.findById(tracked.id()).version()).isEqualTo(tracked.version());
    }

    private void platformSays(PlatformState state, long secondsLater) {
        Instant at = paid.updatedAt().plusSeconds(secondsLater);
        fixtures.ingest(shop, Fixtures.changed(paid, state, at));
    }
}
