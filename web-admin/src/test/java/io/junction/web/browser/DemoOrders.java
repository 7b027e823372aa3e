package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.label.LabelService;
import io.junction.order.BatchActionResult;
import io.junction.order.OrderMapper;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.sync.OrderIntake;
import io.junction.sync.SyncService;
import io.junction.web.PaidOrders;
import io.junction.web.order.OrderAction;
import io.junction.web.order.OrderActions;
import io.junction.web.order.OrderDetail;
import io.junction.web.order.OrderQueries;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Fixtures for the browser tests, on the demo wiring: orders placed on the Amazon simulator and
 * synced in, and orders moved along the pipeline by the services, as a clerk elsewhere would.
 */
public class DemoOrders {

    /** The Amazon simulator's own catalogue, to restore after a test changes it. */
    static final List<String> DEMO_CATALOGUE =
            List.of("JN-MUG-001", "JN-TEE-002", "JN-BAG-003", "JN-LAMP-004", "JN-SOCK-005");

    private final AmazonSimulator amazon;
    private final SyncService sync;
    private final ShopService shops;
    private final OrderMapper orders;
    private final OrderActions actions;
    private final OrderQueries queries;
    private final LabelService labels;
    private final OrderIntake intake;

    public DemoOrders(
            AmazonSimulator amazon,
            SyncService sync,
            ShopService shops,
            OrderMapper orders,
            OrderActions actions,
            OrderQueries queries,
            LabelService labels,
            OrderIntake intake) {
        this.intake = intake;
        this.labels = labels;
        this.amazon = amazon;
        this.sync = sync;
        this.shops = shops;
        this.orders = orders;
        this.actions = actions;
        this.queries = queries;
    }

    /** The fixtures on {@code context}'s beans, for a test whose context does not import them. */
    public static DemoOrders of(ApplicationContext context) {
        return new DemoOrders(
                context.getBean(AmazonSimulator.class),
                context.getBean(SyncService.class),
                context.getBean(ShopService.class),
                context.getBean(OrderMapper.class),
                context.getBean(OrderActions.class),
                context.getBean(OrderQueries.class),
                context.getBean(LabelService.class),
                context.getBean(OrderIntake.class));
    }

    /** Places {@code count} orders on the simulator, syncs the demo shop, and answers their ids in Junction. */
    public List<Long> placeAndSync(int count) {
        return placeAndSync(demoShop(), at -> amazon.placeOrders(count, at));
    }

    /**
     * Places orders with {@code place} (on the simulator that {@code shop} reads, ten minutes ago), syncs the shop,
     * and answers their ids in Junction.
     */
    public List<Long> placeAndSync(Shop shop, Function<Instant, List<String>> place) {
        List<String> placed = place.apply(Instant.now().minus(10, ChronoUnit.MINUTES));
        SyncService.Report report = sync.sync(shop.id());
        assertThat(report.succeeded())
                .as("sync of the demo shop: %s", report.error())
                .isTrue();
        return placed.stream()
                .map(id -> {
                    var order = orders.findByPlatformId(shop.id(), id);
                    assertThat(order).as("order %s synced", id).isNotNull();
                    return order.id();
                })
                .toList();
    }

    /** One order whose only product is not one of our warehouse SKUs. */
    public long placeUnpairedAndSync(String platformSku) {
        amazon.catalogue(List.of(platformSku));
        try {
            return placeAndSync(1).get(0);
        } finally {
            amazon.catalogue(DEMO_CATALOGUE);
        }
    }

    /** Takes orders through review, allocation, tracking and printing (their labels printed): ready to scan out. */
    public void readyToShip(List<Long> orderIds) {
        for (OrderAction step : List.of(OrderAction.AUDIT, OrderAction.ALLOCATE, OrderAction.REQUEST_TRACKING)) {
            apply(step, orderIds);
        }
        labels.mergedLabels(orderIds, "tester");
        apply(OrderAction.MARK_PRINTED, orderIds);
    }

    /** The package of one new order, ready to ship: its label printed, it waits at a station. */
    public OrderDetail.Package readyPackage() {
        long orderId = placeAndSync(1).get(0);
        readyToShip(List.of(orderId));
        return detail(orderId).packages().get(0);
    }

    public void apply(OrderAction action, List<Long> orderIds) {
        BatchActionResult result = actions.apply(action, orderIds, "tester", "browser test");
        assertThat(result.failed()).as("%s %s", action, orderIds).isEmpty();
    }

    /** A sync reads the order again, a minute after its last change, now flagged with an open refund request. */
    public void refundRequested(long orderId) {
        ChannelOrder changed = PaidOrders.changed(
                orders.findById(orderId),
                orders.lines(orderId),
                PlatformState.REFUND_REQUESTED,
                "PendingRefund",
                Duration.ofMinutes(1));
        intake.ingest(demoShop(), new OrderPage(List.of(changed), List.of(), null));
    }

    public String platformOrderId(long orderId) {
        return orders.findById(orderId).platformOrderId();
    }

    public OrderDetail detail(long orderId) {
        return queries.detail(orderId);
    }

    /** The demo wiring's Amazon shop, on the simulator. */
    public Shop demoShop() {
        return demoShop("AMAZON", amazon.baseUrl());
    }

    /** The demo wiring's shop on {@code platform}, the one reading the simulator at {@code simulatorUrl}. */
    public Shop demoShop(String platform, String simulatorUrl) {
        return shops.all().stream()
                .filter(s -> s.platform().equals(platform) && s.endpoint().startsWith(simulatorUrl))
                .findFirst()
                .orElseThrow();
    }
}
