package io.junction.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.testing.FakeShopTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mark printed" only for labels that were printed; a hold only with a reason. */
class MarkPrintedTest extends FakeShopTest {

    @Autowired
    LabelService labels;

    @Autowired
    OrderControlService control;

    Order tracked;

    @Override
    protected int mugsInStock() {
        return 5;
    }

    @BeforeEach
    void anOrderWithATrackingNumber() {
        tracked = pipeline.tracked(syncedOrder(mug));
    }

    @Test
    void anOrderWhoseLabelWasNeverPrintedIsNotMarkedPrinted() {
        // given
        String packageNo = packages.findByOrder(tracked.id()).get(0).packageNo();

        // when
        BatchActionResult result = labels.markPrinted(List.of(tracked.id()), "clerk");

        // then
        assertThat(result.succeeded()).isEmpty();
        assertThat(result.failed()).singleElement().satisfies(f -> {
            assertThat(f.refusal()).isEqualTo(Refusal.of(Refusal.LABEL_NOT_PRINTED, packageNo));
            assertThat(f.reason()).contains(packageNo).contains("never printed");
        });
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.PENDING_PRINT);
    }

    @Test
    void anOrderWhoseLabelWasPrintedIsMarkedPrinted() {
        // given
        packages.findByOrder(tracked.id()).forEach(p -> packages.countPrint(p.id()));

        // when
        BatchActionResult result = labels.markPrinted(List.of(tracked.id()), "clerk");

        // then
        assertThat(result.succeeded()).containsExactly(tracked.id());
        assertThat(orders.findById(tracked.id()).status()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
    }

    @Test
    void aRefusalForTheWrongStatusNamesBothStatusesAsCodes() {
        // when
        BatchActionResult result = control.release(List.of(tracked.id()), "clerk");

        // then
        assertThat(result.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.refusal())
                        .isEqualTo(Refusal.of(Refusal.WRONG_STATUS, OrderStatus.PENDING_PRINT, OrderStatus.ON_HOLD)));
    }

    @Test
    void aHoldWithABlankReasonIsRefusedBeforeAnyOrderChanges() {
        // when / then
        assertThatThrownBy(() -> control.hold(List.of(tracked.id()), "clerk", "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.hold(List.of(tracked.id()), "clerk", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(orders.findById(tracked.id()).version()).isEqualTo(tracked.version());
    }
}
