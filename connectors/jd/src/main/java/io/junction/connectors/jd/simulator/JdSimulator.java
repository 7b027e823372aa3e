package io.junction.connectors.jd.simulator;

import io.junction.simulator.MarketplaceSimulator;
import io.junction.simulator.ScenarioQueue;
import io.junction.simulator.TokenBucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A stateful simulator of the JD Open Platform gateway ({@code POST /routerjson}) as Junction uses
 * it: {@code jingdong.pop.order.enSearch}, {@code jingdong.pop.order.enGet} and
 * {@code jingdong.pop.order.shipment}. It checks app key, MD5 signature and access token, enforces
 * the one-month window and {@code page_size <= 100}, throttles with a token bucket, and answers
 * with JD's own wrappers ({@code _responce}) and {@code error_response} payloads.
 *
 * <p>Time comes from the given clock only; orders generated "over time" and their later life
 * (payment, refund requests, cancellations) are materialised lazily on each request, so the
 * simulator runs no threads of its own: most generated orders are paid at once; some are placed
 * unpaid and paid 15 minutes later, some get a refund request or are cancelled an hour after
 * payment. All methods are thread-safe.
 *
 * <pre>{@code
 * JdSimulator jd = new JdSimulator(clock).start();
 * jd.placeOrders(3, clock.instant().minus(Duration.ofMinutes(10)));
 * ShopAccess shop = jd.shopAccess(1, "JD");
 * }</pre>
 */
public class JdSimulator extends MarketplaceSimulator<JdSimulator, JdOrderGenerator> {

    /** The gateway path, as on {@code https://api.jd.com/routerjson}. */
    public static final String GATEWAY_PATH = "/routerjson";

    /** The seller account every simulated order belongs to. */
    public static final String VENDER_ID = "10086123";

    static final String APP_KEY = "JDSIM0A1B2C3D4E5F6";
    static final String APP_SECRET = "jd-simulator-app-secret-7f3a9c";
    static final String ACCESS_TOKEN = "jd-simulator-access-token-5b8e21";

    /** How an order's payload is broken by {@link #placeMalformedOrder(Instant, Malformation)}. */
    public enum Malformation {
        /** The first item has no {@code skuId}. */
        MISSING_SKU_ID,
        /** The first item has {@code itemTotal: "-1"}. */
        NEGATIVE_ITEM_TOTAL,
        /** The order has an empty {@code itemInfoList}. */
        NO_ITEMS
    }

    /** One accepted {@code jingdong.pop.order.shipment}, as the simulator recorded it. */
    public record Shipment(String orderId, String logiCoprId, String logiNo, Instant receivedAt) {}

    /** A read-only view of one simulated order. */
    public record OrderView(
            String orderId, String orderState, Instant created, Instant modified, String waybill, List<Line> lines) {

        public OrderView {
            lines = List.copyOf(lines);
        }

        /** One line: JD's sku id (null on a malformed order), the seller SKU and the quantity. */
        public record Line(String skuId, String outerSkuId, int quantity) {}
    }

    /** Something that happens to an order later, applied when a request arrives after it is due. */
    private record Event(Instant at, long sequence, String orderId, String action) {}

    final Map<String, SimulatedOrder> orders = new LinkedHashMap<>();
    final Map<String, List<Shipment>> shipments = new LinkedHashMap<>();
    final Map<String, Integer> calls = new HashMap<>();
    TokenBucket quota;
    int signatureFailures;
    private final PriorityQueue<Event> events =
            new PriorityQueue<>(Comparator.comparing(Event::at).thenComparingLong(Event::sequence));
    private long eventSequence;
    private Duration indexLag = Duration.ZERO;

    public JdSimulator(Clock clock) {
        this(clock, 42L);
    }

    /** @param seed makes names, addresses, SKUs and order ids repeatable */
    public JdSimulator(Clock clock, long seed) {
        super(
                "the JD simulator",
                GATEWAY_PATH,
                clock,
                new ScenarioQueue(Set.of(500, 502, 503)),
                new JdOrderGenerator(seed));
        this.quota = new TokenBucket(20, 50, clock.instant());
    }

    /** The only credentials the gateway accepts: {@code appKey, appSecret, accessToken}. */
    @Override
    public Map<String, String> credentials() {
        return Map.of("appKey", APP_KEY, "appSecret", APP_SECRET, "accessToken", ACCESS_TOKEN);
    }

    @Override
    protected JdEndpoints endpoints() {
        return new JdEndpoints(this);
    }

    // configuration

    /** The app's call quota over every method. JD's real quota is per app and method; ours is 20/s, burst 50. */
    public synchronized JdSimulator callQuota(double ratePerSecond, int burst) {
        quota = new TokenBucket(ratePerSecond, burst, clock.instant());
        return this;
    }

    /**
     * From now on every change to an order shows in enSearch only {@code lag} after its modified
     * time, as JD's search index lags on peak days; enGet sees it at once.
     */
    public synchronized JdSimulator indexesLate(Duration lag) {
        if (lag.isNegative()) {
            throw new IllegalArgumentException("lag must not be negative");
        }
        indexLag = lag;
        return this;
    }

    // the order book

    /** Places one paid order (WAIT_SELLER_STOCK_OUT) created and modified {@code at}; its id. */
    @Override
    protected String placeOrder(Instant at) {
        return place(at, null, true).orderId;
    }

    /** Places {@code count} unpaid orders (WAIT_PAY) {@code at}; {@link #pay(String)} moves them on. */
    public synchronized List<String> placeUnpaidOrders(int count, Instant at) {
        return times(count, () -> place(at, null, false).orderId);
    }

    /** Places one paid order whose first item has no skuId; served beside good orders. */
    public String placeMalformedOrder(Instant at) {
        return placeMalformedOrder(at, Malformation.MISSING_SKU_ID);
    }

    public synchronized String placeMalformedOrder(Instant at, Malformation malformation) {
        return place(at, Objects.requireNonNull(malformation, "malformation"), true).orderId;
    }

    /** The buyer pays: WAIT_PAY becomes WAIT_SELLER_STOCK_OUT, modified now. */
    public synchronized void pay(String orderId) {
        SimulatedOrder order = require(orderId);
        if (!order.orderState.equals("WAIT_PAY")) {
            throw new IllegalStateException("order " + orderId + " is " + order.orderState + ", not WAIT_PAY");
        }
        order.paymentConfirmTime = clock.instant();
        touch(order, "WAIT_SELLER_STOCK_OUT", clock.instant());
    }

    /** The order is cancelled (unpaid, or refunded after payment): TRADE_CANCELED, modified now. */
    public synchronized void cancel(String orderId) {
        touch(require(orderId), "TRADE_CANCELED", clock.instant());
    }

    /** The buyer asks to cancel a paid order: JD locks it (LOCKED), modified now. */
    public synchronized void requestRefund(String orderId) {
        SimulatedOrder order = require(orderId);
        if (order.paymentConfirmTime == null) {
            throw new IllegalStateException("order " + orderId + " is not paid");
        }
        touch(order, "LOCKED", clock.instant());
    }

    /** JD pauses the order (POP_ORDER_PAUSE), modified now. */
    public synchronized void pause(String orderId) {
        touch(require(orderId), "POP_ORDER_PAUSE", clock.instant());
    }

    public synchronized OrderView order(String orderId) {
        SimulatedOrder order = require(orderId);
        List<OrderView.Line> lines = order.items.stream()
                .map(i -> new OrderView.Line(i.skuId(), i.outerSkuId(), i.quantity()))
                .toList();
        return new OrderView(order.orderId, order.orderState, order.createdTime, order.modified, order.waybill, lines);
    }

    /** JD's {@code orderState} of the order, e.g. WAIT_SELLER_STOCK_OUT. */
    public synchronized String orderState(String orderId) {
        return require(orderId).orderState;
    }

    @Override
    protected Collection<String> bookedOrderIds() {
        return orders.keySet();
    }

    // scenarios

    /** Empties the call quota: the next calls answer JD's throttling error until it refills. */
    public synchronized JdSimulator rateLimited() {
        quota.empty(clock.instant());
        return this;
    }

    /** The next {@code times} gateway requests answer JD's throttling error and do nothing. */
    public JdSimulator throttlesNext(int times) {
        scenarios.throttleNext(times);
        return this;
    }

    // what happened

    /** How many requests named {@code method} (e.g. {@code jingdong.pop.order.enSearch}) arrived, refused ones included. */
    public synchronized int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    /** How many requests were refused for a wrong signature. */
    public synchronized int signatureFailures() {
        return signatureFailures;
    }

    /** The shipments recorded for one order, in arrival order. */
    public synchronized List<Shipment> shipments(String orderId) {
        return List.copyOf(shipments.getOrDefault(orderId, List.of()));
    }

    @Override
    public synchronized Map<String, List<String>> confirmedTrackingNumbers() {
        Map<String, List<String>> confirmed = new LinkedHashMap<>();
        shipments.forEach((id, sent) ->
                confirmed.put(id, sent.stream().map(Shipment::logiNo).toList()));
        return confirmed;
    }

    // used by the endpoints, under this object's lock

    /** Places the orders and applies the events that are due by now. */
    @Override
    protected void materialiseDue() {
        super.materialiseDue();
        Instant now = clock.instant();
        while (!events.isEmpty() && !events.peek().at().isAfter(now)) {
            Event event = events.poll();
            SimulatedOrder order = orders.get(event.orderId());
            switch (event.action()) {
                case "pay" -> {
                    if (order.orderState.equals("WAIT_PAY")) {
                        order.paymentConfirmTime = event.at();
                        touch(order, "WAIT_SELLER_STOCK_OUT", event.at());
                    }
                }
                case "refund" -> {
                    if (order.orderState.equals("WAIT_SELLER_STOCK_OUT")) {
                        touch(order, "LOCKED", event.at());
                    }
                }
                case "cancel" -> {
                    if (!order.orderState.equals("WAIT_GOODS_RECEIVE_CONFIRM")
                            && !order.orderState.equals("FINISHED_L")) {
                        touch(order, "TRADE_CANCELED", event.at());
                    }
                }
                default -> throw new IllegalStateException("unknown event " + event.action());
            }
        }
    }

    /** Moves an order to {@code state} at {@code at}; list results see it after the index lag. */
    void touch(SimulatedOrder order, String state, Instant at) {
        order.orderState = state;
        order.modified = at;
        order.visibleFrom = at.plus(indexLag);
    }

    @Override
    protected void generateOrderAt(Instant at) {
        double chance = generator.nextChance();
        SimulatedOrder order = place(at, null, chance >= 0.15);
        if (chance < 0.15) {
            schedule(at.plus(Duration.ofMinutes(15)), order.orderId, "pay");
        } else if (chance < 0.20) {
            schedule(at.plus(Duration.ofHours(1)), order.orderId, "refund");
            schedule(at.plus(Duration.ofHours(3)), order.orderId, "cancel");
        } else if (chance < 0.23) {
            schedule(at.plus(Duration.ofHours(1)), order.orderId, "cancel");
        }
    }

    private void schedule(Instant at, String orderId, String action) {
        events.add(new Event(at, eventSequence++, orderId, action));
    }

    private SimulatedOrder place(Instant at, Malformation malformation, boolean paid) {
        SimulatedOrder order = generator.order(at, VENDER_ID, malformation);
        touch(order, paid ? "WAIT_SELLER_STOCK_OUT" : "WAIT_PAY", at);
        order.paymentConfirmTime = paid ? at : null;
        orders.put(order.orderId, order);
        return order;
    }

    private SimulatedOrder require(String orderId) {
        return require(orders, orderId);
    }
}
