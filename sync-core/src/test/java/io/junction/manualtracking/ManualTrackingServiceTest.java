package io.junction.manualtracking;

import static io.junction.testing.Pdfs.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.label.LabelService;
import io.junction.manualtracking.ManualTrackingRefusedException.Problem;
import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.order.WriteBackStatus;
import io.junction.scanout.ScanOutService;
import io.junction.testing.AllocatedMugTest;
import io.junction.testing.FakeCarrier;
import io.junction.testing.Fixtures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tracking numbers of parcels booked outside Junction, entered by hand, then printed, scanned and written back. */
class ManualTrackingServiceTest extends AllocatedMugTest {

    @Autowired
    ManualTrackingService manual;

    @Autowired
    LabelService labels;

    @Autowired
    ScanOutService scanOut;

    @Test
    void anEnteredNumberMakesThePackageManualAndMovesTheOrderToPrintingWithHistory() {
        // given
        String number = Fixtures.unique("FWD").replace("-", "");

        // when
        manual.enter(List.of(ManualTracking.forOrder(order.id(), null, number)), "clerk");

        // then
        OrderPackage entered = pipeline.packageOf(order);
        assertThat(entered.preadviceStatus()).isEqualTo(PreAdviceStatus.MANUAL);
        assertThat(entered.trackingNumber()).isEqualTo(number);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        assertThat(orders.history(order.id()))
                .anySatisfy(h -> assertThat(h.reason()).contains(number).contains("entered by hand"))
                .anySatisfy(h -> {
                    assertThat(h.fromStatus()).isEqualTo(OrderStatus.PENDING_TRACKING);
                    assertThat(h.toStatus()).isEqualTo(OrderStatus.PENDING_PRINT);
                });
        assertThat(carrier.createCallsFor(pkg.packageNo())).isZero();
    }

    @Test
    void aManualParcelPrintsJunctionsLabelAndIsScannedOutAndWrittenBackLikeAnyOther() throws IOException {
        // given
        String number = Fixtures.unique("FWD").replace("-", "");
        manual.enter(List.of(ManualTracking.forOrder(order.id(), null, number)), "clerk");
        int labelCalls = carrier.labelCalls();

        // when
        byte[] pdf = labels.mergedLabels(List.of(order.id()), "clerk");
        labels.markPrinted(List.of(order.id()), "clerk");
        long packageId = scanOut.open(number).id();
        scanOut.scanItem(packageId, Fixtures.barcodeOf(mug.sku()));
        scanOut.ship(packageId, "packer");

        // then
        assertThat(carrier.labelCalls()).isEqualTo(labelCalls);
        assertThat(textOf(pdf)).contains(number).contains("Ada Lovelace");
        Order shipped = orders.findById(order.id());
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.writeBackStatus()).isEqualTo(WriteBackStatus.PENDING);
    }

    @Test
    void aSheetWithOneBadRowEntersNothingAndSaysWhichRows() {
        // given
        Order other = pipeline.allocated(syncedOrder(mug));
        String number = Fixtures.unique("FWD").replace("-", "");
        List<ManualTracking> sheet = List.of(
                new ManualTracking(2, null, order.platformOrderId(), null, number),
                new ManualTracking(3, null, "NO-SUCH-ORDER", null, "AB12345"),
                new ManualTracking(4, null, other.platformOrderId(), null, number),
                new ManualTracking(5, null, other.platformOrderId(), null, "bad number!"));

        // when / then
        assertThatThrownBy(() -> manual.enter(sheet, "clerk"))
                .isInstanceOfSatisfying(
                        ManualTrackingRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::row, Problem::refusal)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                3,
                                                Refusal.of(
                                                        ManualTrackingRefusedException.NO_SUCH_ORDER, "NO-SUCH-ORDER")),
                                        org.assertj.core.groups.Tuple.tuple(
                                                4, Refusal.of(ManualTrackingRefusedException.REPEATED, number)),
                                        org.assertj.core.groups.Tuple.tuple(
                                                5,
                                                Refusal.of(
                                                        ManualTrackingRefusedException.TRACKING_INVALID,
                                                        "bad number!"))));
        assertThat(pipeline.packageOf(order).preadviceStatus()).isEqualTo(PreAdviceStatus.NONE);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
    }

    @Test
    void aNumberAnotherParcelHasIsRefused() {
        // given
        Order tracked = pipeline.tracked(syncedOrder(mug));
        String taken = pipeline.packageOf(tracked).trackingNumber();

        // when / then
        assertThatThrownBy(() -> manual.enter(List.of(ManualTracking.forOrder(order.id(), null, taken)), "clerk"))
                .isInstanceOfSatisfying(
                        ManualTrackingRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::refusal)
                                .containsExactly(Refusal.of(ManualTrackingRefusedException.TRACKING_TAKEN, taken)));
        assertThatThrownBy(
                        () -> manual.enter(List.of(ManualTracking.forOrder(tracked.id(), null, "AB123456")), "clerk"))
                .isInstanceOfSatisfying(
                        ManualTrackingRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::refusal)
                                .containsExactly(Refusal.of(
                                        ManualTrackingRefusedException.WRONG_STATUS,
                                        String.valueOf(tracked.id()),
                                        OrderStatus.PENDING_PRINT)));
    }

    @Test
    void aPackageTheCarrierMayHoldTakesNoNumberByHand() {
        // given a pre-advice whose answer was lost: the carrier may hold a parcel
        carrier.next(FakeCarrier.Behaviour.UNREACHABLE);
        Order unknown = syncedOrder(mug);
        unknown = pipeline.allocated(unknown);
        context.getBean(io.junction.logistics.PreAdviceService.class).requestTracking(List.of(unknown.id()), "clerk");
        OrderPackage atCarrier = pipeline.packageOf(unknown);

        // when / then
        long id = unknown.id();
        assertThatThrownBy(() -> manual.enter(List.of(ManualTracking.forOrder(id, null, "AB1234567")), "clerk"))
                .isInstanceOfSatisfying(
                        ManualTrackingRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::refusal)
                                .containsExactly(Refusal.of(
                                        ManualTrackingRefusedException.PACKAGE_AT_CARRIER,
                                        atCarrier.packageNo(),
                                        atCarrier.preadviceStatus())));
        assertThat(atCarrier.preadviceStatus()).isEqualTo(PreAdviceStatus.UNKNOWN);
    }
}
