package io.junction.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.PackageMapper;
import io.junction.order.Refusal;
import io.junction.shop.Shop;
import io.junction.testing.FakeCarrier;
import io.junction.testing.Fixtures;
import io.junction.testing.Pipeline;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** "Mark printed" only for labels that were printed; a hold only with a reason. */
@SpringBootTest
class MarkPrintedTest {

    @Autowired
    LabelService labels;

    @Autowired
    OrderControlService control;

    @Autowired
    OrderMapper orders;

    @Autowired
    PackageMapper packages;

    @Autowired
    FakeCarrier carrier;

    @Autowired
    ApplicationContext context;

    Order tracked;

    @BeforeEach
    void anOrderWithATrackingNumber() {
        carrier.reset();
        Fixtures fixtures = new Fixtures(context);
        Shop shop = fixtures.fakeShop();
        tracked = new Pipeline(context)
                .tracked(fixtures.ingest(shop, fixtures.paidOrder(fixtures.sku(5)))
                        .get(0));
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
