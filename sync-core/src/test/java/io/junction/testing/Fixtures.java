package io.junction.testing;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.logistics.CarrierAccount;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.persistence.GeneratedId;
import io.junction.shop.NewShop;
import io.junction.shop.Shop;
import io.junction.shop.ShopChange;
import io.junction.shop.ShopService;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockLedger;
import io.junction.sync.OrderIntake;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named fixtures on the real schema. Every name it makes is unique, so tests share a database
 * (MariaDB in CI) without seeing each other's rows.
 */
public class Fixtures {

    // starts below 100,000 so that it keeps to six digits even after hundreds of thousands of names: a name of
    // fixed length stays within its column (a benchmark's rule names failed at 58 characters when it reached seven)
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);

    private final ShopService shops;
    private final SkuMapper skus;
    private final Carriers carriers;
    private final OrderIntake intake;
    private final OrderMapper orders;
    private final Clock clock;
    private final StockLedger ledger;
    private final TransactionTemplate tx;

    public Fixtures(ApplicationContext context) {
        this.shops = context.getBean(ShopService.class);
        this.skus = context.getBean(SkuMapper.class);
        this.carriers = context.getBean(Carriers.class);
        this.intake = context.getBean(OrderIntake.class);
        this.orders = context.getBean(OrderMapper.class);
        this.clock = context.getBean(Clock.class);
        this.ledger = context.getBean(StockLedger.class);
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A carrier account and a logistics method on {@code carrier}. */
    public LogisticsMethod logisticsMethod(
            String carrier, String endpoint, Map<String, String> credentials, String serviceCode) {
        CarrierAccount account = carriers.addAccount(carrier, unique("account"), endpoint, credentials);
        return carriers.addMethod(new LogisticsMethod(
                0, unique("method"), carrier + " " + serviceCode, account.id(), serviceCode, "Other", carrier));
    }

    /** A logistics method on the fake carrier. */
    public LogisticsMethod fakeCarrierMethod() {
        return logisticsMethod(FakeCarrier.CARRIER, "memory:", Map.of("apiKey", "fake-key"), "FAST");
    }

    /** A shop on the fake marketplace shipping with a method of its own on the fake carrier by default. */
    public Shop fakeShop() {
        return fakeShop(fakeCarrierMethod());
    }

    /** A shop on the fake marketplace shipping with {@code method} by default. */
    public Shop fakeShop(LogisticsMethod method) {
        return shops.add(new NewShop(
                FakeChannel.PLATFORM,
                new ShopChange(
                        unique("shop"),
                        "https://fake-marketplace.invalid/",
                        null,
                        Map.of("token", "fake-token"),
                        List.of("M1"),
                        method.id())));
    }

    /**
     * A warehouse SKU with customs data, stock on hand (counted in through the stock ledger) and one barcode
     * (returned by {@link #barcodeOf}).
     */
    public WarehouseSku sku(int onHand) {
        String code = unique("SKU");
        GeneratedId id = new GeneratedId();
        skus.insert(
                id,
                new WarehouseSku(
                        0,
                        code,
                        "Mug " + code,
                        "A-01-" + (id.hashCode() % 10),
                        0,
                        0,
                        "Ceramic mug",
                        "陶瓷杯",
                        new BigDecimal("4.50"),
                        350,
                        "691200"));
        skus.insertBarcode(id.get(), barcodeOf(code));
        if (onHand > 0) {
            tx.executeWithoutResult(s -> ledger.adjust(id.get(), onHand, "fixtures", "opening stock"));
        }
        return skus.findById(id.get());
    }

    /** The SKU as it stands now. */
    public WarehouseSku stockOf(WarehouseSku sku) {
        return skus.findById(sku.id());
    }

    public static String barcodeOf(String sku) {
        return "BC" + sku;
    }

    /** A paid platform order of the given SKUs (one unit each unless repeated), updated a minute ago. */
    public ChannelOrder paidOrder(WarehouseSku... lines) {
        return platformOrder(
                unique("PO"), PlatformState.READY_TO_SHIP, clock.instant().minus(Duration.ofMinutes(3)), lines);
    }

    public ChannelOrder platformOrder(
            String id, PlatformState state, java.time.Instant updatedAt, WarehouseSku... lines) {
        List<ChannelOrder.Line> items = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            items.add(new ChannelOrder.Line(id + "-" + i, lines[i].sku(), lines[i].name(), 1, new BigDecimal("9.99")));
        }
        return platformOrder(id, state, updatedAt, items);
    }

    /**
     * A platform order of these lines (at 9.99 each) from Ada Buyer in Springfield, created an hour before
     * {@code updatedAt} and to ship within two days of it.
     */
    public static ChannelOrder platformOrder(
            String id, PlatformState state, java.time.Instant updatedAt, List<ChannelOrder.Line> items) {
        return new ChannelOrder(
                id,
                state.name(),
                state,
                "M1",
                updatedAt.minus(Duration.ofHours(1)),
                updatedAt,
                "Ada Buyer",
                new Address("Ada Lovelace", null, "1 Main St", null, "Springfield", "IL", "62701", "US", "555-0100"),
                "USD",
                new BigDecimal("9.99").multiply(BigDecimal.valueOf(items.size())),
                updatedAt.plus(Duration.ofDays(2)),
                items,
                null);
    }

    /** The same order as the platform would send it after a change, updated at {@code updatedAt}. */
    public static ChannelOrder changed(ChannelOrder order, PlatformState state, java.time.Instant updatedAt) {
        return copy(order, state.name(), state, updatedAt, order.shipTo(), order.shipBy(), order.lines());
    }

    /** The same order with these lines instead of its own. */
    public static ChannelOrder withLines(ChannelOrder order, List<ChannelOrder.Line> lines) {
        return copy(
                order, order.platformStatus(), order.state(), order.updatedAt(), order.shipTo(), order.shipBy(), lines);
    }

    /** The same order with another ship-by deadline. */
    public static ChannelOrder withShipBy(ChannelOrder order, java.time.Instant shipBy) {
        return copy(
                order, order.platformStatus(), order.state(), order.updatedAt(), order.shipTo(), shipBy, order.lines());
    }

    /** The same order as the platform would send it after the buyer moved to {@code shipTo}, at {@code updatedAt}. */
    public static ChannelOrder withShipTo(ChannelOrder order, Address shipTo, java.time.Instant updatedAt) {
        return copy(order, order.platformStatus(), order.state(), updatedAt, shipTo, order.shipBy(), order.lines());
    }

    /** The order with the parts a platform changes replaced (and no buyer note, as the fixtures' orders have none). */
    private static ChannelOrder copy(
            ChannelOrder order,
            String platformStatus,
            PlatformState state,
            java.time.Instant updatedAt,
            Address shipTo,
            java.time.Instant shipBy,
            List<ChannelOrder.Line> lines) {
        return new ChannelOrder(
                order.platformOrderId(),
                platformStatus,
                state,
                order.marketplaceId(),
                order.createdAt(),
                updatedAt,
                order.buyerName(),
                shipTo,
                order.currency(),
                order.total(),
                shipBy,
                lines,
                null);
    }

    /**
     * Ingests {@code count} paid orders of these lines into {@code shop}, a page of a hundred at a time, and answers
     * their ids in the order they came; each due in ten years, so that many of them fill no other test's list of
     * orders late or due soon, however far the tests move the clock.
     */
    public List<Long> paidOrdersDueInTenYears(Shop shop, int count, WarehouseSku... lines) {
        List<Long> ids = new java.util.ArrayList<>();
        while (ids.size() < count) {
            ChannelOrder[] page = new ChannelOrder[Math.min(100, count - ids.size())];
            for (int i = 0; i < page.length; i++) {
                page[i] = withShipBy(paidOrder(lines), clock.instant().plus(Duration.ofDays(3650)));
            }
            ingest(shop, page).forEach(order -> ids.add(order.id()));
        }
        return ids;
    }

    /** Ingests the orders into {@code shop} as a sync would, and returns them as stored. */
    public List<Order> ingest(Shop shop, ChannelOrder... platformOrders) {
        intake.ingest(shop, new OrderPage(List.of(platformOrders), List.of(), null));
        return java.util.Arrays.stream(platformOrders)
                .map(o -> orders.findByPlatformId(shop.id(), o.platformOrderId()))
                .toList();
    }
}
