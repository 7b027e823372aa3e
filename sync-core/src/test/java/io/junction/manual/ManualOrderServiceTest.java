package io.junction.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.Address;
import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.RefusedArgumentException;
import io.junction.order.WriteBackStatus;
import io.junction.shop.NewShop;
import io.junction.shop.Shop;
import io.junction.shop.ShopChange;
import io.junction.shop.ShopService;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import io.junction.writeback.WriteBackService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Orders entered by hand into a manual shop flow through the pipeline like any order, with no marketplace. */
class ManualOrderServiceTest extends FakeShopTest {

    @Autowired
    ManualOrderService manual;

    @Autowired
    ShopService shops;

    @Autowired
    WriteBackService writeBack;

    Shop offline;

    @BeforeEach
    void aManualShop() {
        offline = shops.add(new NewShop(
                ManualChannel.PLATFORM,
                new ShopChange(
                        Fixtures.unique("offline"),
                        "https://offline.invalid/",
                        null,
                        Map.of(),
                        List.of(),
                        fixtures.fakeCarrierMethod().id())));
    }

    @Test
    void anOrderEnteredByHandIsReviewedAllocatedShippedAndNeedsNoMarketplace() {
        // when
        Order created = manual.create(offline.id(), List.of(phoneOrder("TEL-1")), "clerk")
                .get(0);

        // then it waits for review, with the clerk in its history
        assertThat(created.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(created.platformOrderId()).isEqualTo("TEL-1");
        assertThat(orders.history(created.id()))
                .singleElement()
                .satisfies(h -> assertThat(h.actor()).isEqualTo("clerk"));

        // when it goes through the pipeline
        OrderPackage shipped = pipeline.shipped(created);
        writeBack.relay().relayDue(100);

        // then it shipped, and nothing was sent to any marketplace
        assertThat(orders.findById(created.id()).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(orders.findById(created.id()).writeBackStatus()).isEqualTo(WriteBackStatus.CONFIRMED);
        assertThat(channel.confirmations()).noneMatch(c -> c.trackingNumber().equals(shipped.trackingNumber()));
    }

    @Test
    void aSheetOfOrdersIsCreatedAllOrNothing() {
        // when one of two has a number the shop has already
        manual.create(offline.id(), List.of(phoneOrder("TEL-2")), "clerk");

        // then
        assertThatThrownBy(
                        () -> manual.create(offline.id(), List.of(phoneOrder("TEL-3"), phoneOrder("TEL-2")), "clerk"))
                .isInstanceOf(RefusedArgumentException.class);
        assertThat(orders.findByPlatformId(offline.id(), "TEL-3")).isNull();
    }

    @Test
    void aMarketplaceShopTakesNoOrdersByHand() {
        assertThatThrownBy(() -> manual.create(shop.id(), List.of(phoneOrder("TEL-4")), "clerk"))
                .isInstanceOf(RefusedArgumentException.class);
    }

    private ManualOrder phoneOrder(String number) {
        return new ManualOrder(
                number,
                "Ada Buyer",
                new Address("Ada Lovelace", null, "1 Main St", null, "Springfield", "IL", "62701", "US", "555-0100"),
                "USD",
                null,
                "called at noon",
                List.of(new ManualOrder.Line(mug.sku(), "Mug", 1, new BigDecimal("12.50"))));
    }
}
