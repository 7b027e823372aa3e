package io.junction.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ShipmentConfirmation;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderLine;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PackageLine;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import io.junction.sku.WarehouseSku;
import io.junction.split.SplitService.Part;
import io.junction.testing.PackageChangeTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An allocated order split into packages: each its own parcel, scan and marketplace confirmation. */
class SplitServiceTest extends PackageChangeTest {

    @Autowired
    SplitService splits;

    WarehouseSku lamp;
    Order order;
    OrderLine mugs;
    OrderLine lamps;

    @BeforeEach
    void anAllocatedOrderOfThreeMugsAndALamp() {
        lamp = fixtures.sku(10);
        Order synced = syncedOrder(mug, lamp);
        List<OrderLine> lines = orders.lines(synced.id());
        edits.editQuantities(synced.id(), Map.of(lines.get(0).id(), 3), "clerk");
        order = pipeline.allocated(orders.findById(synced.id()));
        mugs = orders.lines(order.id()).get(0);
        lamps = orders.lines(order.id()).get(1);
    }

    @Test
    void eachPackageOfASplitGetsItsOwnParcelShipsOnItsOwnAndIsConfirmedAsAPartialShipment() {
        // when split: two mugs, then a mug and the lamp
        List<OrderPackage> made = splits.split(
                order.id(),
                List.of(List.of(new Part(mugs.id(), 2)), List.of(new Part(mugs.id(), 1), new Part(lamps.id(), 1))),
                "clerk");

        // then two packages replace the one, and the stock reserved stays as it was
        assertThat(made).hasSize(2);
        assertThat(packages.findByOrder(order.id()))
                .extracting(OrderPackage::id)
                .containsExactlyElementsOf(made.stream().map(OrderPackage::id).toList());
        assertThat(packages.findAllByOrder(order.id()))
                .anySatisfy(p -> assertThat(p.preadviceStatus()).isEqualTo(PreAdviceStatus.WITHDRAWN));
        assertThat(packages.lines(made.get(0).id()))
                .extracting(PackageLine::quantity)
                .containsExactly(2);
        assertThat(packages.lines(made.get(1).id()))
                .extracting(PackageLine::quantity)
                .containsExactly(1, 1);
        assertThat(fixtures.stockOf(mug).reserved()).isEqualTo(3);
        assertThat(orders.history(order.id()))
                .last()
                .satisfies(h -> assertThat(h.reason()).startsWith("split into 2 packages"));

        // when tracking is requested, each package has its own tracking number
        assertThat(preAdvice.requestTracking(List.of(order.id()), "clerk").failed())
                .isEmpty();
        List<OrderPackage> tracked = packages.findByOrder(order.id());
        assertThat(tracked)
                .extracting(OrderPackage::trackingNumber)
                .doesNotContainNull()
                .doesNotHaveDuplicates();

        // when the first ships, the order waits for the second, whose mug stays reserved
        tracked.forEach(p -> packages.countPrint(p.id()));
        assertThat(labels.markPrinted(List.of(order.id()), "clerk").failed()).isEmpty();
        pipeline.scannedAndShipped(tracked.get(0));
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
        assertThat(fixtures.stockOf(mug).reserved()).isEqualTo(1);
        assertThat(orders.lines(order.id()).get(0).reserved()).isTrue();
        pipeline.scannedAndShipped(tracked.get(1));

        // then the order has shipped, its stock deducted, and each package confirmed as part of the order
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(fixtures.stockOf(mug).reserved()).isZero();
        writeBack.relay().relayDue(100);
        List<ShipmentConfirmation> sent = channel.confirmations().stream()
                .filter(c -> c.platformOrderId().equals(order.platformOrderId()))
                .toList();
        assertThat(sent).hasSize(2).allSatisfy(c -> assertThat(c.wholeOrder()).isFalse());
        assertThat(sent)
                .extracting(ShipmentConfirmation::trackingNumber)
                .containsExactlyInAnyOrderElementsOf(
                        tracked.stream().map(OrderPackage::trackingNumber).toList());
        assertThat(sent.get(0).items()).containsExactly(new ShipmentConfirmation.Item(mugs.platformLineId(), 2));
    }

    @Test
    void aCancelledSplitOrderGivesBackAllItsStock() {
        // given
        splits.split(
                order.id(),
                List.of(List.of(new Part(mugs.id(), 1)), List.of(new Part(mugs.id(), 2), new Part(lamps.id(), 1))),
                "clerk");

        // when
        BatchActionResult cancelled = control.cancel(List.of(order.id()), "clerk", "buyer asked");

        // then
        assertThat(cancelled.succeeded()).containsExactly(order.id());
        assertThat(fixtures.stockOf(mug).reserved()).isZero();
        assertThat(fixtures.stockOf(lamp).reserved()).isZero();
    }

    @Test
    void aSplitThatDoesNotHoldEveryUnitExactlyOnceIsRefusedAndChangesNothing() {
        // when / then
        assertThatThrownBy(() -> splits.split(
                        order.id(),
                        List.of(List.of(new Part(mugs.id(), 2)), List.of(new Part(lamps.id(), 1))),
                        "clerk"))
                .isInstanceOfSatisfying(
                        RefusedArgumentException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.SPLIT_UNITS_MISMATCH));
        assertThatThrownBy(() -> splits.split(order.id(), List.of(List.of(new Part(mugs.id(), 3))), "clerk"))
                .isInstanceOf(RefusedArgumentException.class);
        assertThat(packages.findByOrder(order.id())).hasSize(1);
    }

    @Test
    void aMarketplaceThatShipsLinesWholeRefusesALineInTwoPackagesButNotALineNamedTwiceInOne() {
        // given a marketplace that confirms a split by whole lines
        channel.shipsLinesWhole();

        // when the mugs go in two packages, then refused, and nothing changes
        assertThatThrownBy(() -> splits.split(
                        order.id(),
                        List.of(
                                List.of(new Part(mugs.id(), 2)),
                                List.of(new Part(mugs.id(), 1), new Part(lamps.id(), 1))),
                        "clerk"))
                .isInstanceOfSatisfying(
                        RefusedArgumentException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.SPLIT_LINE_WHOLE));
        assertThat(packages.findByOrder(order.id())).hasSize(1);

        // when the mugs are named twice in one package and the lamp goes in another, then the split is made
        List<OrderPackage> made = splits.split(
                order.id(),
                List.of(List.of(new Part(mugs.id(), 1), new Part(mugs.id(), 2)), List.of(new Part(lamps.id(), 1))),
                "clerk");
        assertThat(made).hasSize(2);
    }

    @Test
    void anOrderIsNotSplitOnceItsTrackingIsRequested() {
        // given
        assertThat(preAdvice.requestTracking(List.of(order.id()), "clerk").failed())
                .isEmpty();
        Order tracked = orders.findById(order.id());

        // when / then
        assertThatThrownBy(() -> splits.split(
                        tracked.id(),
                        List.of(List.of(new Part(mugs.id(), 3)), List.of(new Part(lamps.id(), 1))),
                        "clerk"))
                .isInstanceOfSatisfying(
                        OrderActionException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.SPLIT_WRONG_STATUS));
        assertThat(packages.findByOrder(tracked.id())).hasSize(1);
    }
}
