package io.junction.connectors.amazon.simulator;

import io.junction.simulator.MarketplaceSimulator;
import io.junction.simulator.ScenarioQueue;
import io.junction.simulator.TokenBucket;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stateful simulator of the Amazon endpoints Junction uses, on WireMock: Login with Amazon
 * ({@code POST /auth/o2/token}), {@code searchOrders} and {@code getOrder} (Orders API 2026-01-01) and
 * {@code confirmShipment} (Orders v0). It keeps an in-memory order book, honours Amazon's query
 * rules, paging, token bucket and error payloads, and offers scenario helpers for tests and demos.
 *
 * <p>Time comes from the given clock only; orders generated "over time" are materialised lazily
 * on each request, so the simulator runs no threads of its own. All methods are thread-safe.
 *
 * <pre>{@code
 * AmazonSimulator amazon = new AmazonSimulator(clock).start();
 * amazon.placeOrders(3, clock.instant().minus(Duration.ofMinutes(10)));
 * ShopAccess shop = amazon.shopAccess(1, "AMAZON");
 * }</pre>
 */
public class AmazonSimulator extends MarketplaceSimulator<AmazonSimulator, AmazonOrderGenerator> {

    /** The US marketplace, where every simulated order is placed. */
    public static final String MARKETPLACE_ID = "ATVPDKIKX0DER";

    /** The LWA path on the simulator's own server. */
    public static final String TOKEN_PATH = "/auth/o2/token";

    static final String CLIENT_ID = "amzn1.application-oa2-client.junction-simulator";
    static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.junction-simulator-secret";
    static final String REFRESH_TOKEN = "Atzr|junction-simulator-refresh-token";

    /** How an order's payload is broken by {@link #placeMalformedOrder(Instant, Malformation)}. */
    public enum Malformation {
        /** The first item has no {@code product.sellerSku}. */
        MISSING_SELLER_SKU,
        /** The first item has {@code quantityOrdered: -1}. */
        NEGATIVE_QUANTITY,
        /** The order has an empty {@code orderItems} array. */
        NO_ORDER_ITEMS
    }

    /** One accepted shipment confirmation, as the simulator recorded it. */
    public record Confirmation(
            String orderId,
            String marketplaceId,
            String packageReferenceId,
            String carrierCode,
            String carrierName,
            String shippingMethod,
            String trackingNumber,
            Instant shipDate,
            List<Item> items,
            Instant receivedAt) {

        public Confirmation {
            items = List.copyOf(items);
        }

        /** One confirmed quantity of an order item. */
        public record Item(String orderItemId, int quantity) {}
    }

    /** A read-only view of one simulated order. */
    public record OrderView(
            String orderId, String fulfillmentStatus, Instant createdTime, Instant lastUpdatedTime, List<Line> lines) {

        public OrderView {
            lines = List.copyOf(lines);
        }

        /** One line: its id, seller SKU (null on a malformed order), ordered and shipped quantity. */
        public record Line(String orderItemId, String sellerSku, int quantity, int shipped) {}
    }

    final Map<String, SimulatedOrder> orders = new LinkedHashMap<>();
    final Map<String, List<Confirmation>> confirmations = new LinkedHashMap<>();
    final Map<String, Instant> accessTokens = new LinkedHashMap<>();
    TokenBucket searchQuota;
    TokenBucket getOrderQuota;
    int tokenRequests;
    int searchRequests;
    int getOrderRequests;
    int confirmRequests;
    int issuedTokens;

    public AmazonSimulator(Clock clock) {
        this(clock, 42L);
    }

    /** @param seed makes names, addresses, SKUs and order ids repeatable */
    public AmazonSimulator(Clock clock, long seed) {
        super(
                "the Amazon simulator",
                "",
                clock,
                new ScenarioQueue(Set.of(429, 500, 503)),
                new AmazonOrderGenerator(seed));
        this.searchQuota = new TokenBucket(5, 20, clock.instant());
        this.getOrderQuota = new TokenBucket(0.5, 30, clock.instant());
    }

    /** The full Login with Amazon token URL on the same server. */
    public String tokenUrl() {
        return baseUrl() + TOKEN_PATH;
    }

    @Override
    public String authEndpoint() {
        return tokenUrl();
    }

    /** The only credentials the token endpoint accepts: {@code clientId, clientSecret, refreshToken}. */
    @Override
    public Map<String, String> credentials() {
        return Map.of("clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET, "refreshToken", REFRESH_TOKEN);
    }

    public String marketplaceId() {
        return MARKETPLACE_ID;
    }

    @Override
    public List<String> marketplaceIds() {
        return List.of(MARKETPLACE_ID);
    }

    @Override
    protected AmazonEndpoints endpoints() {
        return new AmazonEndpoints(this);
    }

    // configuration

    /** The {@code searchOrders} usage plan. Amazon's default is 0.0056/s, burst 20; ours is 5/s, burst 20. */
    public synchronized AmazonSimulator searchQuota(double ratePerSecond, int burst) {
        searchQuota = new TokenBucket(ratePerSecond, burst, clock.instant());
        return this;
    }

    /** The {@code getOrder} usage plan; Amazon's default, 0.5/s burst 30, unless set. */
    public synchronized AmazonSimulator getOrderQuota(double ratePerSecond, int burst) {
        getOrderQuota = new TokenBucket(ratePerSecond, burst, clock.instant());
        return this;
    }

    // the order book

    /** Places one UNSHIPPED order created and last updated {@code at}; its id. */
    @Override
    protected String placeOrder(Instant at) {
        return place(at, null).orderId;
    }

    @Override
    protected void generateOrderAt(Instant at) {
        place(at, null);
    }

    /** Places one order whose first item has no seller SKU; served beside good orders. */
    public String placeMalformedOrder(Instant at) {
        return placeMalformedOrder(at, Malformation.MISSING_SELLER_SKU);
    }

    public synchronized String placeMalformedOrder(Instant at, Malformation malformation) {
        return place(at, Objects.requireNonNull(malformation, "malformation")).orderId;
    }

    /**
     * The seller fixes a malformed order on Amazon (its listing, its quantities): from now on it
     * reads well, and its last-updated time moves to now.
     */
    public synchronized void repairOrder(String orderId) {
        SimulatedOrder order = require(orderId);
        order.items = List.copyOf(generator.repaired(order.items));
        order.lastUpdatedTime = clock.instant();
    }

    /** Cancels an order on Amazon's side (the buyer asked); its last-updated time moves to now. */
    public synchronized void cancelOrder(String orderId) {
        SimulatedOrder order = require(orderId);
        order.fulfillmentStatus = "CANCELLED";
        order.lastUpdatedTime = clock.instant();
    }

    public synchronized OrderView order(String orderId) {
        SimulatedOrder order = require(orderId);
        List<OrderView.Line> lines = order.items.stream()
                .map(i -> new OrderView.Line(i.orderItemId, i.sellerSku, i.quantity, i.shipped))
                .toList();
        return new OrderView(order.orderId, order.fulfillmentStatus, order.createdTime, order.lastUpdatedTime, lines);
    }

    /** Amazon's {@code fulfillmentStatus} of the order, e.g. UNSHIPPED or SHIPPED. */
    public synchronized String fulfillmentStatus(String orderId) {
        return require(orderId).fulfillmentStatus;
    }

    @Override
    protected Collection<String> bookedOrderIds() {
        return orders.keySet();
    }

    // scenarios

    /** Empties the {@code searchOrders} token bucket: the next searches get 429 until it refills. */
    public synchronized AmazonSimulator rateLimited() {
        searchQuota.empty(clock.instant());
        return this;
    }

    /** Every access token issued so far stops working (403), as after a revocation. */
    public synchronized AmazonSimulator revokeAccessTokens() {
        accessTokens.clear();
        return this;
    }

    // what happened

    /** How many requests reached the token endpoint, refused ones included. */
    public synchronized int tokenRequests() {
        return tokenRequests;
    }

    /** How many {@code searchOrders} requests arrived, refused ones included. */
    public synchronized int searchRequests() {
        return searchRequests;
    }

    /** How many {@code getOrder} requests arrived, refused ones included. */
    public synchronized int getOrderRequests() {
        return getOrderRequests;
    }

    /** How many {@code confirmShipment} requests arrived, refused ones included. */
    public synchronized int confirmRequests() {
        return confirmRequests;
    }

    /** The confirmations recorded for one order, in arrival order. */
    public synchronized List<Confirmation> confirmations(String orderId) {
        return List.copyOf(confirmations.getOrDefault(orderId, List.of()));
    }

    @Override
    public synchronized Map<String, List<String>> confirmedTrackingNumbers() {
        return confirmations().stream()
                .collect(Collectors.groupingBy(
                        Confirmation::orderId,
                        LinkedHashMap::new,
                        Collectors.mapping(Confirmation::trackingNumber, Collectors.toList())));
    }

    /** Every confirmation recorded, in arrival order. */
    public synchronized List<Confirmation> confirmations() {
        return confirmations.values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparing(Confirmation::receivedAt))
                .toList();
    }

    // used by the endpoints, under this object's lock

    private SimulatedOrder place(Instant at, Malformation malformation) {
        SimulatedOrder order = generator.order(at, MARKETPLACE_ID, malformation);
        orders.put(order.orderId, order);
        return order;
    }

    private SimulatedOrder require(String orderId) {
        return require(orders, orderId);
    }
}
