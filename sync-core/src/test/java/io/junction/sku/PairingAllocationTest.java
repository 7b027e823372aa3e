package io.junction.sku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.junction.channel.ChannelOrder;
import io.junction.channel.ShipmentConfirmation;
import io.junction.label.LabelService;
import io.junction.logistics.PreAdviceService;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderLine;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PackageLine;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanResult;
import io.junction.shop.Shop;
import io.junction.sku.PairingDraft.ComponentDraft;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.FakeChannel;
import io.junction.testing.Fixtures;
import io.junction.writeback.WriteBackService;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PairingAllocationTest extends EmptyFakeShopTest {

    @Autowired
    PairingService pairings;

    @Autowired
    OrderControlService control;

    @Autowired
    ScanOutService scanOut;

    @Autowired
    WriteBackService writeBack;

    @Test
    void theShopsPairingWinsOverThePlatformsWhichWinsOverTheGlobalOne() {
        // given a platform SKU paired three times, once in each scope, each with another warehouse SKU
        String listing = Fixtures.unique("LISTING");
        WarehouseSku everywhere = fixtures.sku(5);
        WarehouseSku onThePlatform = fixtures.sku(5);
        WarehouseSku inTheShop = fixtures.sku(5);
        Shop otherShop = fixtures.fakeShop(method);
        pairings.create(draft(null, null, listing, everywhere, 1), "alice");
        pairings.create(draft(null, FakeChannel.PLATFORM, listing, onThePlatform, 1), "alice");
        pairings.create(draft(shop.id(), null, listing, inTheShop, 1), "alice");

        // when
        Pairing forTheShop = pairings.inForce(shop.id(), FakeChannel.PLATFORM, List.of(listing))
                .get(listing);
        Pairing forAnotherShop = pairings.inForce(otherShop.id(), FakeChannel.PLATFORM, List.of(listing))
                .get(listing);
        Pairing elsewhere =
                pairings.inForce(otherShop.id(), "ELSEWHERE", List.of(listing)).get(listing);

        // then
        assertThat(forTheShop.components())
                .extracting(Pairing.Component::skuCode)
                .containsExactly(inTheShop.sku());
        assertThat(forAnotherShop.components())
                .extracting(Pairing.Component::skuCode)
                .containsExactly(onThePlatform.sku());
        assertThat(elsewhere.components())
                .extracting(Pairing.Component::skuCode)
                .containsExactly(everywhere.sku());
    }

    @Test
    void anOrderIsAllocatedWithThePairingOfItsOwnShop() {
        // given a listing paired for every shop with one SKU and for this shop with another
        String listing = Fixtures.unique("LISTING");
        WarehouseSku everywhere = fixtures.sku(10);
        WarehouseSku inTheShop = fixtures.sku(10);
        pairings.create(draft(null, null, listing, everywhere, 1), "alice");
        pairings.create(draft(shop.id(), null, listing, inTheShop, 2), "alice");
        Order order =
                pipeline.audited(fixtures.ingest(shop, orderOf(listing, 3)).get(0));

        // when
        BatchActionResult result = allocation.allocate(List.of(order.id()), "alice");

        // then two of the shop's SKU per unit sold are reserved, nothing of the other
        assertThat(result.failed()).isEmpty();
        assertThat(onHandAndReserved(inTheShop)).containsEntry("reserved", 6);
        assertThat(onHandAndReserved(everywhere)).containsEntry("reserved", 0);
    }

    @Test
    void aBundleReservesScansShipsAndDeductsEachComponentAndIsConfirmedAsTheLineSold() {
        // given a bundle of two mugs and one plate, and an order of 2 bundles
        WarehouseSku mug = fixtures.sku(10);
        WarehouseSku plate = fixtures.sku(10);
        String bundle = bundleOf(new ComponentDraft(mug.sku(), 2), new ComponentDraft(plate.sku(), 1));
        Order order = fixtures.ingest(shop, orderOf(bundle, 2)).get(0);

        // when allocated
        Order allocated = pipeline.allocated(order);

        // then each component is reserved and packed as many times as the bundle holds it
        assertThat(onHandAndReserved(mug)).containsEntry("reserved", 4).containsEntry("on_hand", 10);
        assertThat(onHandAndReserved(plate)).containsEntry("reserved", 2);
        OrderPackage pkg = pipeline.packageOf(allocated);
        OrderLine line = orders.lines(order.id()).get(0);
        assertThat(packages.lines(pkg.id()))
                .extracting(
                        PackageLine::orderLineId, PackageLine::skuId, PackageLine::quantity, PackageLine::unitsPerItem)
                .containsExactlyInAnyOrder(tuple(line.id(), mug.id(), 4, 2), tuple(line.id(), plate.id(), 2, 1));
        assertThat(pkg.weightGrams()).isEqualTo(6 * 350);

        // when the pairing changes after allocation, and the packer scans each component's barcode
        pairings.update(
                pairings.inForce(shop.id(), FakeChannel.PLATFORM, List.of(bundle))
                        .get(bundle)
                        .id(),
                draft(null, null, bundle, plate, 5),
                "alice");
        assertThat(context.getBean(PreAdviceService.class)
                        .requestTracking(List.of(order.id()), "clerk")
                        .failed())
                .isEmpty();
        Order printed = printed(order);
        for (int i = 0; i < 4; i++) {
            assertThat(scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku())).accepted())
                    .isTrue();
        }
        ScanResult fifthMug = scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku()));
        scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(plate.sku()));
        scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(plate.sku()));
        scanOut.ship(pkg.id(), "packer");

        // then the allocation's components ship, stock leaves the shelf, and the marketplace hears of 2 units
        assertThat(fifthMug.accepted()).isFalse();
        assertThat(printed.status()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(onHandAndReserved(mug)).containsEntry("on_hand", 6).containsEntry("reserved", 0);
        assertThat(onHandAndReserved(plate)).containsEntry("on_hand", 8).containsEntry("reserved", 0);
        channel.clear();
        writeBack.relay().relayDue(1000);
        assertThat(channel.confirmations().stream()
                        .filter(c -> c.platformOrderId().equals(order.platformOrderId())))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.items()).containsExactly(new ShipmentConfirmation.Item(line.platformLineId(), 2));
                    assertThat(c.wholeOrder()).isTrue();
                });
    }

    @Test
    void cancellingAnAllocatedBundleGivesBackEveryComponent() {
        // given an allocated order of one bundle of 3 mugs and a plate
        WarehouseSku mug = fixtures.sku(10);
        WarehouseSku plate = fixtures.sku(10);
        String bundle = bundleOf(new ComponentDraft(mug.sku(), 3), new ComponentDraft(plate.sku(), 1));
        Order order =
                pipeline.allocated(fixtures.ingest(shop, orderOf(bundle, 1)).get(0));
        assertThat(onHandAndReserved(mug)).containsEntry("reserved", 3);

        // when
        BatchActionResult cancelled = control.cancel(List.of(order.id()), "alice", "buyer changed their mind");

        // then
        assertThat(cancelled.failed()).isEmpty();
        assertThat(onHandAndReserved(mug)).containsEntry("reserved", 0).containsEntry("on_hand", 10);
        assertThat(onHandAndReserved(plate)).containsEntry("reserved", 0);
    }

    @Test
    void pairingAPlatformSkuAllocatesTheOrdersWaitingOnItEarliestShipByFirstAsStockAllows() {
        // given two reviewed orders of an unpaired listing, and stock for only one of them
        WarehouseSku mug = fixtures.sku(1);
        String listing = Fixtures.unique("UNPAIRED");
        ChannelOrder later = orderOf(listing, 1);
        ChannelOrder sooner =
                Fixtures.withShipBy(orderOf(listing, 1), later.shipBy().minusSeconds(3600));
        Order laterOrder = pipeline.audited(fixtures.ingest(shop, later).get(0));
        Order soonerOrder = pipeline.audited(fixtures.ingest(shop, sooner).get(0));
        assertThat(allocation
                        .allocate(List.of(laterOrder.id(), soonerOrder.id()), "alice")
                        .failed())
                .hasSize(2);

        // when the seller pairs the listing
        pairings.create(draft(null, null, listing, mug, 1), "alice");

        // then the one to ship sooner is allocated by itself; the other waits for stock
        assertThat(orders.findById(soonerOrder.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(orders.findById(laterOrder.id()).status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
        assertThat(onHandAndReserved(mug)).containsEntry("reserved", 1);
    }

    @Test
    void anExactCodeStillPairsByItselfWhenNoPairingSaysOtherwise() {
        // given a listing named exactly as a warehouse SKU, with no pairing
        WarehouseSku mug = fixtures.sku(3);
        Order order =
                pipeline.audited(fixtures.ingest(shop, orderOf(mug.sku(), 2)).get(0));

        // when
        BatchActionResult result = allocation.allocate(List.of(order.id()), "alice");

        // then
        assertThat(result.failed()).isEmpty();
        assertThat(onHandAndReserved(mug)).containsEntry("reserved", 2);
    }

    @Test
    void everyUnpairedPlatformSkuOfAnOrderIsNamedInItsRefusal() {
        // given an order of two listings nothing pairs
        String first = Fixtures.unique("NOSUCH");
        String second = Fixtures.unique("NOSUCH");
        ChannelOrder two = orderOf(first, 1);
        two = Fixtures.withLines(
                two,
                List.of(
                        two.lines().get(0),
                        new ChannelOrder.Line(two.platformOrderId() + "-1", second, "Other", 1, BigDecimal.ONE)));
        Order order = pipeline.audited(fixtures.ingest(shop, two).get(0));

        // when
        BatchActionResult result = allocation.allocate(List.of(order.id()), "alice");

        // then
        assertThat(result.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .isEqualTo("SKU " + first + ", " + second + " is not paired with a warehouse SKU"));
    }

    private Order printed(Order order) {
        packages.findByOrder(order.id()).forEach(p -> packages.countPrint(p.id()));
        context.getBean(LabelService.class).markPrinted(List.of(order.id()), "clerk");
        return orders.findById(order.id());
    }

    private ChannelOrder orderOf(String platformSku, int quantity) {
        ChannelOrder base = fixtures.paidOrder(fixtures.sku(0));
        return Fixtures.withLines(
                base,
                List.of(new ChannelOrder.Line(
                        base.platformOrderId() + "-0", platformSku, "Listing", quantity, new BigDecimal("9.99"))));
    }

    /** A new platform SKU paired in every shop with these components, as a gift set is. */
    private String bundleOf(ComponentDraft... components) {
        String bundle = Fixtures.unique("GIFTSET");
        pairings.create(new PairingDraft(null, null, bundle, List.of(components)), "alice");
        return bundle;
    }

    static PairingDraft draft(Long shopId, String platform, String platformSku, WarehouseSku sku, int quantity) {
        return new PairingDraft(shopId, platform, platformSku, List.of(new ComponentDraft(sku.sku(), quantity)));
    }
}
