package io.junction.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.LogisticsMethod;
import io.junction.merge.MergeService;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LogisticsMethodChangeTest extends EmptyFakeShopTest {

    @Autowired
    LogisticsMethodChange change;

    @Autowired
    MergeService merges;

    LogisticsMethod standard;
    LogisticsMethod express;
    WarehouseSku mug;

    @BeforeEach
    void aShopShippingStandardByDefault() {
        standard = method;
        express = fixtures.fakeCarrierMethod();
        mug = fixtures.sku(10);
    }

    @Test
    void beforeAllocationTheMethodIsSetAndTheAllocationUsesIt() {
        // given an order to review
        Order order = syncedOrder(mug);

        // when a clerk sets the express method, and the order is then allocated
        BatchActionResult result = change.change(List.of(order.id()), express.id(), "alice");
        Order allocated = pipeline.allocated(orders.findById(order.id()));

        // then
        assertThat(result.succeeded()).containsExactly(order.id());
        assertThat(allocated.logisticsMethodId()).isEqualTo(express.id());
        assertThat(packages.findByOrder(order.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.logisticsMethodId()).isEqualTo(express.id()));
        assertThat(orders.history(order.id()))
                .anySatisfy(h -> assertThat(h.reason()).isEqualTo("logistics method set to " + express.name()));
    }

    @Test
    void afterPreAdviceThePackageIsWithdrawnItsParcelCancelledAndTheOrderReallocatedWithTheNewMethod() {
        // given an order with a tracking number from the standard method's carrier
        Order tracked = pipeline.tracked(syncedOrder(mug));
        OrderPackage old = pipeline.packageOf(tracked);

        // when a clerk changes it to express
        BatchActionResult result = change.change(List.of(tracked.id()), express.id(), "alice");

        // then the old package's parcel is to be cancelled, a new package ships express, the stock is held once
        assertThat(result.failed()).isEmpty();
        Order now = orders.findById(tracked.id());
        assertThat(now.status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(now.logisticsMethodId()).isEqualTo(express.id());
        assertThat(packages.findById(old.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLING);
        assertThat(packages.findByOrder(tracked.id())).singleElement().satisfies(p -> {
            assertThat(p.logisticsMethodId()).isEqualTo(express.id());
            assertThat(p.preadviceStatus()).isEqualTo(PreAdviceStatus.NONE);
        });
        assertThat(jdbc.queryForObject("SELECT reserved FROM wms_sku WHERE id = ?", Integer.class, mug.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM lgs_parcel_cancellation WHERE package_id = ?", Integer.class, old.id()))
                .isEqualTo(1);
        assertThat(orders.history(tracked.id()))
                .extracting(h -> h.fromStatus() + "→" + h.toStatus())
                .containsSubsequence("PENDING_PRINT→PENDING_ALLOCATION", "PENDING_ALLOCATION→PENDING_TRACKING");
    }

    @Test
    void aShippedOrdersMethodIsRefusedWithTheReason() {
        // given an order printed and ready to ship
        Order printed = pipeline.printed(syncedOrder(mug));

        // when
        BatchActionResult result = change.change(List.of(printed.id()), express.id(), "alice");

        // then
        assertThat(result.failed()).singleElement().satisfies(f -> {
            assertThat(f.refusal().code()).isEqualTo(Refusal.METHOD_NOT_CHANGEABLE);
            assertThat(f.refusal().args()).containsExactly(OrderStatus.PENDING_SHIPMENT);
        });
        assertThat(orders.findById(printed.id()).logisticsMethodId()).isEqualTo(standard.id());
    }

    @Test
    void anOrderWhosePackageCarriesMergedOrdersKeepsItsMethodUntilTheMergeIsUndone() {
        // given two allocated orders of one buyer merged into one package
        Order first = pipeline.allocated(syncedOrder(mug));
        Order second = pipeline.allocated(syncedOrder(mug));
        OrderPackage merged = merges.merge(List.of(first.id(), second.id()), "alice");

        // when a clerk changes the method of either
        BatchActionResult result = change.change(List.of(first.id(), second.id()), express.id(), "alice");

        // then both are refused, and the package still carries both with the method it had
        assertThat(result.succeeded()).isEmpty();
        assertThat(result.failed())
                .allSatisfy(f -> assertThat(f.refusal().code()).isEqualTo(Refusal.PACKAGE_MERGED));
        assertThat(packages.carriedOrders(merged.id())).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(packages.findById(merged.id()).logisticsMethodId()).isEqualTo(standard.id());
    }
}
