package io.junction.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.label.LabelService;
import io.junction.logistics.ParcelCancellationService;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderStatus;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Force-ship (强制发货): the seller settled an open refund request with the buyer and ships the order anyway. */
class ForceShipServiceTest extends FakeShopTest {

    @Autowired
    ForceShipService forceShip;

    @Autowired
    ShipWithoutScanService shipping;

    @Autowired
    ParcelCancellationService cancellations;

    @Autowired
    LabelService labels;

    ChannelOrder paid;
    Order tracked;

    @BeforeEach
    void aTrackedOrderWhoseBuyerAskedForARefund() {
        paid = fixtures.paidOrder(mug);
        tracked = pipeline.tracked(fixtures.ingest(shop, paid).get(0));
        platformSays(PlatformState.REFUND_REQUESTED, 60);
        cancellations.relay().relayDue(50);
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
        assertThat(skus.findById(mug.id()).reserved()).isZero();
    }

    @Test
    void thePreviewSaysTheStockIsReallocatedAndANewParcelRequestedAndChangesNothing() {
        // given
        int version = orders.findById(tracked.id()).version();

        // when
        List<ForceShipPreview> preview = forceShip.preview(List.of(tracked.id()));

        // then
        assertThat(preview).singleElement().satisfies(p -> {
            assertThat(p.allowed()).isTrue();
            assertThat(p.consequences())
                    .extracting(ForceShipPreview.Consequence::code)
                    .containsExactly(
                            ForceShipPreview.Consequence.REALLOCATES,
                            ForceShipPreview.Consequence.REQUESTS_PARCEL,
                            ForceShipPreview.Consequence.FLAG_OVERRIDDEN);
        });
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
        assertThat(orders.findById(tracked.id()).version()).isEqualTo(version);
        assertThat(overrides()).isZero();
    }

    @Test
    void aRefundFlaggedOrderGoesOnWithANewParcelAndALaterSyncOfTheSameFlagDoesNotStopItAgain() {
        // when the seller force-ships it with a reason
        BatchActionResult result =
                forceShip.forceShip(List.of(tracked.id()), "clerk", "settled with the buyer by chat");

        // then it is allocated again, a new parcel requested, and the reason is in its history
        assertThat(result.failed()).isEmpty();
        assertThat(result.succeeded()).containsExactly(tracked.id());
        Order forced = orders.findById(tracked.id());
        assertThat(forced.status()).isEqualTo(OrderStatus.PENDING_PRINT);
        assertThat(skus.findById(mug.id()).reserved()).isEqualTo(1);
        assertThat(packages.findByOrder(tracked.id())).singleElement().satisfies(p -> {
            assertThat(p.preadviceStatus()).isEqualTo(PreAdviceStatus.CREATED);
            assertThat(p.trackingNumber()).isNotBlank();
        });
        assertThat(orders.history(tracked.id())).anySatisfy(h -> {
            assertThat(h.actor()).isEqualTo("clerk");
            assertThat(h.toStatus()).isEqualTo(OrderStatus.PENDING_AUDIT);
            assertThat(h.reason()).contains("force-shipped").endsWith("settled with the buyer by chat");
        });

        // when a later sync reads the same open refund request again
        platformSays(PlatformState.REFUND_REQUESTED, 120);

        // then the order is not stopped again, and it ships
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        packages.findByOrder(tracked.id()).forEach(p -> packages.countPrint(p.id()));
        assertThat(labels.markPrinted(List.of(tracked.id()), "clerk").succeeded())
                .containsExactly(tracked.id());
        assertThat(shipping.ship(List.of(tracked.id()), "clerk").succeeded()).containsExactly(tracked.id());
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void aCancellationOnThePlatformStillStopsAForceShippedOrder() {
        // given a force-shipped order
        forceShip.forceShip(List.of(tracked.id()), "clerk", "settled with the buyer");

        // when the platform then cancels it
        platformSays(PlatformState.CANCELLED, 120);

        // then it is stopped, and its override is gone
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
        assertThat(overrides()).isZero();
    }

    @Test
    void aReasonIsRequiredAndOrdersWithoutAnOpenRefundRequestAreRefused() {
        // given an order the platform does not flag
        Order plain = pipeline.printed(syncedOrder(mug));

        // then a force-ship without a reason changes nothing
        assertThatThrownBy(() -> forceShip.forceShip(List.of(tracked.id()), "clerk", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.EXCEPTION);

        // when
        BatchActionResult result = forceShip.forceShip(List.of(plain.id()), "clerk", "why not");

        // then
        assertThat(result.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.refusal().code()).isEqualTo(Refusal.NO_REFUND_FLAG));
        assertThat(forceShip.preview(List.of(plain.id())))
                .singleElement()
                .satisfies(p -> assertThat(p.refusal().code()).isEqualTo(Refusal.NO_REFUND_FLAG));
    }

    private long overrides() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM oms_refund_override WHERE order_id = ?", Long.class, tracked.id());
    }

    private void platformSays(PlatformState state, long secondsLater) {
        fixtures.ingest(shop, Fixtures.changed(paid, state, paid.updatedAt().plusSeconds(secondsLater)));
    }
}
