package io.junction.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.Address;
import io.junction.channel.ShipmentConfirmation;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.order.WriteBackStatus;
import io.junction.testing.PackageChangeTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two orders of one buyer and address merged into one parcel, confirmed to the marketplace order by order. */
class MergeServiceTest extends PackageChangeTest {

    @Autowired
    MergeService merges;

    Order first;
    Order second;

    @BeforeEach
    void twoAllocatedOrdersOfOneBuyer() {
        first = pipeline.allocated(syncedOrder(mug));
        second = pipeline.allocated(syncedOrder(mug, mug));
    }

    @Test
    void mergedOrdersShipInOneParcelAndEachIsConfirmedWithItsTrackingNumber() {
        // when
        OrderPackage merged = merges.merge(List.of(second.id(), first.id()), "clerk");

        // then one package carries the three mugs of both orders
        assertThat(packages.findByOrder(first.id()))
                .extracting(OrderPackage::id)
                .containsExactly(merged.id());
        assertThat(packages.findByOrder(second.id()))
                .extracting(OrderPackage::id)
                .containsExactly(merged.id());
        assertThat(packages.lines(merged.id())).hasSize(3);
        assertThat(orders.history(second.id()))
                .last()
                .satisfies(h -> assertThat(h.reason()).startsWith("merged into package " + merged.packageNo()));

        // when both orders are pre-advised in one batch (the carried order after the one that owns the package),
        // printed and shipped once
        assertThat(preAdvice
                        .requestTracking(List.of(second.id(), first.id()), "clerk")
                        .failed())
                .isEmpty();
        packages.countPrint(merged.id());
        assertThat(labels.markPrinted(List.of(first.id(), second.id()), "clerk").failed())
                .isEmpty();
        OrderPackage tracked = packages.findById(merged.id());
        pipeline.scannedAndShipped(merged);
        writeBack.relay().relayDue(100);

        // then both orders shipped, the stock is deducted, and each is confirmed with the one tracking number
        assertThat(orders.findById(first.id()).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(orders.findById(second.id()).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(orders.findById(second.id()).writeBackStatus()).isEqualTo(WriteBackStatus.CONFIRMED);
        assertThat(fixtures.stockOf(mug).reserved()).isZero();
        List<ShipmentConfirmation> sent = channel.confirmations().stream()
                .filter(c -> c.trackingNumber().equals(tracked.trackingNumber()))
                .toList();
        assertThat(sent)
                .extracting(ShipmentConfirmation::platformOrderId)
                .containsExactlyInAnyOrder(first.platformOrderId(), second.platformOrderId());
        assertThat(sent).allSatisfy(c -> assertThat(c.wholeOrder()).isTrue());
    }

    @Test
    void oneOrderOfAMergedPackageIsNotHeldOrCancelledAloneButAllOfThemTogetherAre() {
        // given
        OrderPackage merged = merges.merge(List.of(first.id(), second.id()), "clerk");

        // when
        BatchActionResult heldAlone = control.hold(List.of(second.id()), "clerk", "buyer asked to wait");
        BatchActionResult cancelledAlone = control.cancel(List.of(first.id()), "clerk", "buyer cancelled");

        // then both are refused, naming the package, and nothing changed
        assertThat(heldAlone.failed())
                .singleElement()
                .satisfies(
                        f -> assertThat(f.refusal()).isEqualTo(Refusal.of(Refusal.PACKAGE_MERGED, merged.packageNo())));
        assertThat(cancelledAlone.failed()).hasSize(1);
        assertThat(orders.findById(first.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(orders.findById(second.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);

        // when both are held together
        BatchActionResult heldTogether = control.hold(List.of(first.id(), second.id()), "clerk", "buyer asked to wait");

        // then
        assertThat(heldTogether.failed()).isEmpty();
        assertThat(orders.findById(second.id()).status()).isEqualTo(OrderStatus.ON_HOLD);
    }

    @Test
    void aMergeIsUndoneBeforeItsParcelExistsAndEachOrderShipsOnItsOwnAgain() {
        // given
        OrderPackage merged = merges.merge(List.of(first.id(), second.id()), "clerk");

        // when
        List<OrderPackage> own = merges.undo(second.id(), "clerk");

        // then
        assertThat(own).hasSize(2);
        assertThat(packages.findById(merged.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.WITHDRAWN);
        assertThat(packages.findByOrder(first.id()))
                .singleElement()
                .satisfies(p -> assertThat(packages.lines(p.id())).hasSize(1));
        assertThat(packages.findByOrder(second.id()))
                .singleElement()
                .satisfies(p -> assertThat(packages.lines(p.id())).hasSize(2));
        assertThat(preAdvice
                        .requestTracking(List.of(first.id(), second.id()), "clerk")
                        .failed())
                .isEmpty();
        assertThat(packages.findByOrder(first.id()).get(0).trackingNumber())
                .isNotEqualTo(packages.findByOrder(second.id()).get(0).trackingNumber());
    }

    @Test
    void ordersToDifferentAddressesDoNotMerge() {
        // given
        Order elsewhere = syncedOrder(mug);
        edits.editShipTo(
                elsewhere.id(),
                new Address("Ada Lovelace", null, "9 Other St", null, "Springfield", "IL", "62701", "US", null),
                "clerk");
        Order allocated = pipeline.allocated(orders.findById(elsewhere.id()));

        // when / then
        assertThatThrownBy(() -> merges.merge(List.of(first.id(), allocated.id()), "clerk"))
                .isInstanceOfSatisfying(
                        OrderActionException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.MERGE_MISMATCH));
        assertThat(packages.findByOrder(first.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.orderId()).isEqualTo(first.id()));
    }

    @Test
    void neitherAMergeNorItsUndoHappensOnceTheParcelIsRequested() {
        // given
        merges.merge(List.of(first.id(), second.id()), "clerk");
        assertThat(preAdvice.requestTracking(List.of(first.id()), "clerk").failed())
                .isEmpty();

        // when / then
        assertThatThrownBy(() -> merges.undo(first.id(), "clerk"))
                .isInstanceOfSatisfying(
                        OrderActionException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.PARCEL_REQUESTED));
        Order third = pipeline.allocated(syncedOrder(mug));
        assertThatThrownBy(() -> merges.merge(List.of(first.id(), third.id()), "clerk"))
                .isInstanceOfSatisfying(
                        OrderActionException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.MERGE_WRONG_STATUS));
    }
}
