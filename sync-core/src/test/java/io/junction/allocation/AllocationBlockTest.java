package io.junction.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.junction.channel.ChannelOrder;
import io.junction.order.AllocationBlock;
import io.junction.order.BlockItem;
import io.junction.order.Order;
import io.junction.order.OrderFilter;
import io.junction.order.OrderStatus;
import io.junction.persistence.GeneratedId;
import io.junction.shop.NewShop;
import io.junction.shop.Shop;
import io.junction.shop.ShopChange;
import io.junction.shop.ShopService;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockService;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.FakeChannel;
import io.junction.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Why an order waits: set at every attempt to allocate it, cleared when it is allocated, and filtered on. */
class AllocationBlockTest extends EmptyFakeShopTest {

    @Autowired
    AllocationBlockMapper blocks;

    @Autowired
    StockService stock;

    @Autowired
    ShopService shops;

    @Test
    void anOrderShortOfStockWaitsOutOfStockWithWhatIsMissingUntilItIsAllocated() {
        // given an order of three of one SKU (one in stock) and one of another (none in stock)
        WarehouseSku mug = fixtures.sku(1);
        WarehouseSku plate = fixtures.sku(0);
        Order order = pipeline.audited(syncedOrder(mug, mug, mug, plate));

        // when a clerk tries to allocate it
        assertThat(allocation.allocate(List.of(order.id()), "clerk").failed())
                .singleElement()
                .satisfies(f -> assertThat(f.refusal().code()).isEqualTo("not-enough-stock"));

        // then it waits out of stock, naming both SKUs and how many of each are missing, and nothing is reserved
        assertThat(orders.findById(order.id()).allocationBlock()).isEqualTo(AllocationBlock.OUT_OF_STOCK);
        assertThat(blocks.items(List.of(order.id())))
                .extracting(BlockItem::skuId, BlockItem::code, BlockItem::missing)
                .containsExactly(tuple(mug.id(), mug.sku(), 2), tuple(plate.id(), plate.sku(), 1));
        assertThat(orders.lines(order.id())).noneMatch(l -> l.reserved());
        assertThat(orders.search(new OrderFilter(null, shop.id(), null).blocked(AllocationBlock.OUT_OF_STOCK), 0, 10))
                .extracting(Order::id)
                .containsExactly(order.id());
        assertThat(orders.search(new OrderFilter(null, shop.id(), null).blocked(AllocationBlock.UNPAIRED), 0, 10))
                .isEmpty();

        // when the stock arrives
        stock.receive(
                Fixtures.unique("R"),
                List.of(
                        new StockService.ReceiptLine(mug.sku(), null, 2, null),
                        new StockService.ReceiptLine(null, Fixtures.barcodeOf(plate.sku()), 1, null)),
                "receiver");

        // then the waiting order is allocated by itself, whole
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> orders.findById(order.id()).status() == OrderStatus.PENDING_TRACKING);
        assertThat(orders.lines(order.id())).allMatch(l -> l.reserved());

        // then its block is gone
        assertThat(orders.findById(order.id()).allocationBlock()).isNull();
        assertThat(blocks.items(List.of(order.id()))).isEmpty();
        assertThat(orders.search(new OrderFilter(null, shop.id(), null).blocked(AllocationBlock.OUT_OF_STOCK), 0, 10))
                .isEmpty();
    }

    @Test
    void anOrderOfAPlatformSkuPairedWithNothingWaitsUnpairedNamingEveryOneAtFault() {
        // given an order of a known SKU and two listings the warehouse does not know
        WarehouseSku mug = fixtures.sku(5);
        ChannelOrder platform = fixtures.paidOrder(mug);
        ChannelOrder withUnknown = Fixtures.withLines(
                platform,
                List.of(
                        platform.lines().get(0),
                        new ChannelOrder.Line("L2", "AMZ-MUG-RED", "Red mug", 1, new BigDecimal("5.00")),
                        new ChannelOrder.Line("L3", "AMZ-SET-2", "Mug set", 1, new BigDecimal("9.00"))));
        Order order = pipeline.audited(fixtures.ingest(shop, withUnknown).get(0));

        // when
        allocation.allocate(List.of(order.id()), "clerk");

        // then
        assertThat(orders.findById(order.id()).allocationBlock()).isEqualTo(AllocationBlock.UNPAIRED);
        assertThat(blocks.items(List.of(order.id())))
                .extracting(BlockItem::skuId, BlockItem::code, BlockItem::missing)
                .containsExactly(tuple(null, "AMZ-MUG-RED", null), tuple(null, "AMZ-SET-2", null));
        assertThat(blocks.countByBlock(List.of(shop.id())))
                .extracting(b -> b.block(), b -> b.count())
                .containsExactly(tuple(AllocationBlock.UNPAIRED, 1L));
        assertThat(fixtures.stockOf(mug).reserved()).isZero();
    }

    @Test
    void anOrderOfASkuWithoutCustomsDataWaitsNamingIt() {
        // given a SKU without a declared English name or value
        String code = Fixtures.unique("BARE");
        GeneratedId id = new GeneratedId();
        skus.insert(id, new WarehouseSku(0, code, "Bare " + code, "A-09", 0, 0, null, null, null, 100, null));
        skus.insertBarcode(id.get(), Fixtures.barcodeOf(code));
        WarehouseSku bare = skus.findById(id.get());
        stock.receive(Fixtures.unique("R"), List.of(new StockService.ReceiptLine(code, null, 5, null)), "receiver");
        Order order = pipeline.audited(syncedOrder(bare));

        // when
        allocation.allocate(List.of(order.id()), "clerk");

        // then
        assertThat(orders.findById(order.id()).allocationBlock()).isEqualTo(AllocationBlock.NO_CUSTOMS_DATA);
        assertThat(blocks.items(List.of(order.id())))
                .extracting(BlockItem::skuId, BlockItem::code)
                .containsExactly(tuple(bare.id(), code));
        assertThat(fixtures.stockOf(bare).reserved()).isZero();
    }

    @Test
    void anOrderOfAShopWithoutALogisticsMethodWaitsForOne() {
        // given a shop with no default logistics method
        Shop bare = shops.add(new NewShop(
                FakeChannel.PLATFORM,
                new ShopChange(
                        Fixtures.unique("shop"),
                        "https://fake-marketplace.invalid/",
                        null,
                        Map.of("token", "fake-token"),
                        List.of("M1"),
                        null)));
        Order order = pipeline.audited(
                fixtures.ingest(bare, fixtures.paidOrder(fixtures.sku(5))).get(0));

        // when
        allocation.allocate(List.of(order.id()), "clerk");

        // then
        Order waiting = orders.findById(order.id());
        assertThat(waiting.status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
        assertThat(waiting.allocationBlock()).isEqualTo(AllocationBlock.NO_LOGISTICS_METHOD);
        assertThat(blocks.items(List.of(order.id()))).isEmpty();
    }
}
