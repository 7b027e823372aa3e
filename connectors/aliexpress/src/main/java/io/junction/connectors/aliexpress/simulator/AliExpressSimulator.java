package io.junction.connectors.aliexpress.simulator;

import io.junction.simulator.MarketplaceSimulator;
import io.junction.simulator.ScenarioQueue;
import io.junction.simulator.TokenBucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stateful simulator of the AliExpress IOP gateway on WireMock: {@code POST /sync} (query string
 * or form body) with {@code aliexpress.solution.order.get}, {@code aliexpress.solution.order.info.get},
 * {@code aliexpress.solution.order.fulfill}, {@code aliexpress.logistics.sellermodifiedshipmentfortop},
 * {@code aliexpress.issue.issuelist.get} and {@code aliexpress.issue.detail.get}.
 * It checks the app key, the session and the HMAC-SHA256 signature, enforces the page size and the
 * modified-time window (US Pacific wall time), throttles with a token bucket answering code 7 "App
 * Call Limited", and answers the gateway's own error payloads.
 *
 * <p>Time comes from the given clock only; orders generated "over time" (and their later payment)
 * are materialised lazily on each request, so the simulator runs no threads of its own: most are
 * paid at once; some are paid half an hour later, some wait for the funds check, a few get a
 * cancellation request after payment. All methods are thread-safe.
 *
 * <pre>{@code
 * AliExpressSimulator aliexpress = new AliExpressSimulator(clock).start();
 * aliexpress.placeOrders(3, clock.instant().minus(Duration.ofMinutes(10)));
 * ShopAccess shop = aliexpress.shopAccess(1, "ALIEXPRESS");
 * }</pre>
 */
public class AliExpressSimulator extends MarketplaceSimulator<AliExpressSimulator, AliExpressOrderGenerator> {

    /** The gateway path, as on {@code https://api-sg.aliexpress.com/sync}. */
    public static final String GATEWAY_PATH = "/sync";

    /** The zone of every time the platform reads or writes. */
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("America/Los_Angeles");

    static final String APP_KEY = "509876";
    static final String APP_SECRET = "junctionSimulatorAppSecret0123456789";
    static final String ACCESS_TOKEN = "50000900a12Junction1simulatorSessionToken";

    /** How an order's payload is broken by {@link #placeMalformedOrder(Instant, Malformation)}. */
    public enum Malformation {
        /** The first child order has no {@code sku_code}. */
        MISSING_SKU_CODE,
        /** {@code gmt_create} is not a platform date-time. */
        UNREADABLE_GMT_CREATE
    }

    /** One accepted {@code fulfill}, as the simulator recorded it (a later edit replaces the number). */
    public record Shipment(
            String orderId,
            String serviceName,
            String logisticsNo,
            String sendType,
            String trackingWebsite,
            String description,
            Instant receivedAt) {}

    /** A read-only view of one simulated order. */
    public record OrderView(
            String orderId,
            String orderStatus,
            String fundStatus,
            String logisticsStatus,
            Instant gmtCreate,
            Instant gmtUpdate,
            List<Line> lines) {

        public OrderView {
            lines = List.copyOf(lines);
        }

        /** One child order: its id, SKU (null on a malformed order) and count. */
        public record Line(String childId, String skuCode, int count) {}
    }

    /**
     * One dispute a buyer opened after shipping, as the issue list and detail show it: about the order's first
     * child order, with the buyer's solution ({@code return_and_refund} sends goods back, {@code refund} does not).
     */
    public record Issue(
            String issueId,
            String orderId,
            String childId,
            String buyerLoginId,
            String reason,
            String status,
            String solutionType,
            Instant gmtModified) {}

    final Map<String, SimulatedOrder> orders = new LinkedHashMap<>();
    final List<Issue> issues = new ArrayList<>();
    private long nextIssueId = 8_100_000_000_001L;
    TokenBucket quota;
    int maxPageSize = 50;
    Duration maxWindow = Duration.ofDays(1);
    int maxShipmentEdits = 2;
    Duration shipmentEditPeriod = Duration.ofDays(5);
    Duration shipWithin = Duration.ofDays(5);
    Duration indexLag = Duration.ZERO;
    final Map<String, Integer> requests = new LinkedHashMap<>();
    int refusedSignatures;

    public AliExpressSimulator(Clock clock) {
        this(clock, 42L);
    }

    /** @param seed makes names, addresses, SKUs and order ids repeatable */
    public AliExpressSimulator(Clock clock, long seed) {
        super(
                "the AliExpress simulator",
                "",
                clock,
                new ScenarioQueue(Set.of(500, 502, 503)),
                new AliExpressOrderGenerator(seed));
        this.quota = new TokenBucket(100, 500, clock.instant());
    }

    /** The full gateway URL a shop uses as its endpoint: {@code baseUrl() + "/sync"}. */
    public String gatewayUrl() {
        return baseUrl() + GATEWAY_PATH;
    }

    @Override
    public String endpoint() {
        return gatewayUrl();
    }

    /** The only credentials the gateway accepts: {@code appKey, appSecret, accessToken}. */
    @Override
    public Map<String, String> credentials() {
        return Map.of("appKey", APP_KEY, "appSecret", APP_SECRET, "accessToken", ACCESS_TOKEN);
    }

    @Override
    protected AliExpressEndpoints endpoints() {
        return new AliExpressEndpoints(this);
    }

    // configuration

    /**
     * The app's call quota over every method (every order on a list page costs one detail call).
     * Ours defaults to 100/s, burst 500, so that demos are fast.
     */
    public synchronized AliExpressSimulator callQuota(double ratePerSecond, int burst) {
        quota = new TokenBucket(ratePerSecond, burst, clock.instant());
        return this;
    }

    /** The largest {@code page_size} the list accepts (50, UNCONFIRMED). */
    public synchronized AliExpressSimulator maxPageSize(int size) {
        maxPageSize = size;
        return this;
    }

    /** The longest modified-time span one list query may cover. */
    public synchronized AliExpressSimulator maxWindow(Duration window) {
        maxWindow = window;
        return this;
    }

    /** How often, and how long after the first declaration, a tracking number may be modified. */
    public synchronized AliExpressSimulator shipmentEditLimits(int edits, Duration period) {
        maxShipmentEdits = edits;
        shipmentEditPeriod = period;
        return this;
    }

    // the order book

    /** Places one paid order (funds cleared, waiting to ship) created {@code at}; its id. */
    @Override
    protected String placeOrder(Instant at) {
        SimulatedOrder order = place(at, null);
        markPaid(order, at);
        return order.orderId;
    }

    /** Places {@code count} orders the buyers have not paid yet ({@code PLACE_ORDER_SUCCESS}). */
    public synchronized List<String> placeUnpaidOrders(int count, Instant at) {
        return times(count, () -> place(at, null).orderId);
    }

    /** Places one paid order whose first child order has no {@code sku_code}. */
    public String placeMalformedOrder(Instant at) {
        return placeMalformedOrder(at, Malformation.MISSING_SKU_CODE);
    }

    public synchronized String placeMalformedOrder(Instant at, Malformation malformation) {
        SimulatedOrder order = place(at, Objects.requireNonNull(malformation, "malformation"));
        markPaid(order, at);
        return order.orderId;
    }

    /** A backlog order meets a realistic fate, as a generated one does. */
    @Override
    protected String placeBacklogOrder(Instant at) {
        return placeWithFate(at).orderId;
    }

    @Override
    protected void generateOrderAt(Instant at) {
        placeWithFate(at);
    }

    /** The buyer pays and the funds clear ({@code WAIT_SELLER_SEND_GOODS}, {@code PAY_SUCCESS}). */
    public synchronized void pay(String orderId) {
        SimulatedOrder order = require(orderId);
        if (!"PLACE_ORDER_SUCCESS".equals(order.orderStatus) && !"WAIT_SELLER_SEND_GOODS".equals(order.orderStatus)) {
            throw new IllegalStateException("order " + orderId + " is " + order.orderStatus + ", not awaiting payment");
        }
        markPaid(order, clock.instant());
    }

    /** The buyer pays but the platform is still checking the funds ({@code WAIT_SELLER_CHECK}). */
    public synchronized void payAwaitingFundsCheck(String orderId) {
        SimulatedOrder order = require(orderId);
        order.orderStatus = "WAIT_SELLER_SEND_GOODS";
        order.fundStatus = "WAIT_SELLER_CHECK";
        order.logisticsStatus = "WAIT_SELLER_SEND_GOODS";
        order.gmtPayTime = clock.instant();
        touch(order);
    }

    /**
     * The buyer cancels: an unpaid order closes ({@code FINISH}); a paid one awaits the seller's
     * answer ({@code IN_CANCEL}).
     */
    public synchronized void cancel(String orderId) {
        SimulatedOrder order = require(orderId);
        if ("PLACE_ORDER_SUCCESS".equals(order.orderStatus)) {
            order.orderStatus = "FINISH";
            order.endReason = "buyer_cancel_notpay_order";
        } else {
            order.orderStatus = "IN_CANCEL";
        }
        touch(order);
    }

    /** The buyer opens a dispute asking for a refund ({@code IN_ISSUE}). */
    public synchronized void requestRefund(String orderId) {
        SimulatedOrder order = require(orderId);
        order.orderStatus = "IN_ISSUE";
        order.issueStatus = "IN_ISSUE";
        touch(order);
    }

    /** The cancellation or refund is granted: the order closes ({@code FINISH}). */
    public synchronized void closeAsRefunded(String orderId) {
        SimulatedOrder order = require(orderId);
        order.orderStatus = "FINISH";
        order.issueStatus = "END_ISSUE";
        order.endReason = "cancel_order_close_trade";
        touch(order);
    }

    /**
     * After the order was shipped, the buyer opens a dispute asking to send its first child order back
     * ({@code return_and_refund}), now; the dispute's id. Only the issue list shows it: the order is left as
     * it is.
     */
    public synchronized String requestReturn(String orderId, String reason) {
        return requestReturn(orderId, reason, clock.instant());
    }

    /** As {@link #requestReturn(String, String)}, opened (and modified) {@code at}. */
    public synchronized String requestReturn(String orderId, String reason, Instant at) {
        return openIssue(orderId, reason, "return_and_refund", at);
    }

    /** The buyer asks a refund without sending anything back ({@code refund}), {@code at}: listed, no return. */
    public synchronized String requestRefundOnly(String orderId, String reason, Instant at) {
        return openIssue(orderId, reason, "refund", at);
    }

    /** The buyer withdraws the dispute ({@code canceled_issue}), modified now. */
    public synchronized void cancelIssue(String issueId) {
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            if (issue.issueId().equals(issueId)) {
                issues.set(
                        i,
                        new Issue(
                                issue.issueId(),
                                issue.orderId(),
                                issue.childId(),
                                issue.buyerLoginId(),
                                issue.reason(),
                                "canceled_issue",
                                issue.solutionType(),
                                clock.instant()));
                return;
            }
        }
        throw new IllegalArgumentException("no simulated issue " + issueId);
    }

    /** Every dispute opened, oldest first. */
    public synchronized List<Issue> issues() {
        return List.copyOf(issues);
    }

    private String openIssue(String orderId, String reason, String solutionType, Instant at) {
        SimulatedOrder order = require(orderId);
        if (order.shipments.isEmpty()) {
            throw new IllegalStateException("order " + orderId + " is not shipped: nothing to send back");
        }
        String issueId = Long.toString(nextIssueId++);
        issues.add(new Issue(
                issueId,
                orderId,
                order.items.get(0).childId,
                order.buyerLoginId,
                reason,
                "processing",
                solutionType,
                at));
        return issueId;
    }

    public synchronized OrderView order(String orderId) {
        SimulatedOrder order = require(orderId);
        List<OrderView.Line> lines = order.items.stream()
                .map(i -> new OrderView.Line(i.childId, i.skuCode, i.count))
                .toList();
        return new OrderView(
                order.orderId,
                order.orderStatus,
                order.fundStatus,
                order.logisticsStatus,
                order.gmtCreate,
                order.gmtUpdate,
                lines);
    }

    /** AliExpress's {@code order_status} of the order, e.g. WAIT_SELLER_SEND_GOODS. */
    public synchronized String orderStatus(String orderId) {
        return require(orderId).orderStatus;
    }

    @Override
    protected Collection<String> bookedOrderIds() {
        return orders.keySet();
    }

    // scenarios

    /** Empties the app's call quota: the next calls are throttled (code 7) until it refills. */
    public synchronized AliExpressSimulator rateLimited() {
        quota.empty(clock.instant());
        return this;
    }

    /**
     * From now on, a change (a new order, a payment, a cancellation, a shipment) shows in list
     * results only {@code lag} after its modified time, as when the platform's search index runs late.
     * The order detail is always current.
     */
    public synchronized AliExpressSimulator indexesLate(Duration lag) {
        indexLag = lag.isNegative() ? Duration.ZERO : lag;
        return this;
    }

    // what happened

    /** How many requests named {@code method}, refused ones included. */
    public synchronized int requests(String method) {
        return requests.getOrDefault(method, 0);
    }

    /** How many list requests arrived. */
    public int listRequests() {
        return requests("aliexpress.solution.order.get");
    }

    /** How many fulfil requests arrived. */
    public int fulfillRequests() {
        return requests("aliexpress.solution.order.fulfill");
    }

    /** How many requests were refused for their signature. */
    public synchronized int refusedSignatures() {
        return refusedSignatures;
    }

    /** The shipments declared for one order, in arrival order. */
    public synchronized List<Shipment> shipments(String orderId) {
        return List.copyOf(require(orderId).shipments);
    }

    @Override
    public synchronized Map<String, List<String>> confirmedTrackingNumbers() {
        return shipments().stream()
                .collect(Collectors.groupingBy(
                        Shipment::orderId,
                        LinkedHashMap::new,
                        Collectors.mapping(Shipment::logisticsNo, Collectors.toList())));
    }

    /** Every shipment declared, in arrival order. */
    public synchronized List<Shipment> shipments() {
        return orders.values().stream()
                .flatMap(o -> o.shipments.stream())
                .sorted(Comparator.comparing(Shipment::receivedAt))
                .toList();
    }

    /** How many tracking-number edits the order's shipment has had. */
    public synchronized int shipmentEdits(String orderId) {
        return require(orderId).edits;
    }

    // used by the endpoints, under this object's lock

    /** Places due generated orders and applies the payments the generator scheduled. */
    @Override
    protected void materialiseDue() {
        super.materialiseDue();
        Instant now = clock.instant();
        for (SimulatedOrder order : orders.values()) {
            if (order.payAt != null && !order.payAt.isAfter(now)) {
                if ("PLACE_ORDER_SUCCESS".equals(order.orderStatus)) {
                    markPaid(order, order.payAt);
                }
                order.payAt = null;
            }
        }
    }

    /** The order's modified time moves to now; list queries see it after the index lag. */
    void touch(SimulatedOrder order) {
        touch(order, clock.instant());
    }

    private void touch(SimulatedOrder order, Instant at) {
        order.gmtUpdate = at;
        order.visibleAt = at.plus(indexLag);
    }

    private void markPaid(SimulatedOrder order, Instant at) {
        order.orderStatus = "WAIT_SELLER_SEND_GOODS";
        order.fundStatus = "PAY_SUCCESS";
        order.logisticsStatus = "WAIT_SELLER_SEND_GOODS";
        order.gmtPayTime = at;
        touch(order, at);
    }

    private SimulatedOrder placeWithFate(Instant at) {
        SimulatedOrder order = place(at, null);
        int fate = generator.next(20);
        if (fate < 13) {
            markPaid(order, at);
        } else if (fate < 16) {
            order.payAt = at.plus(Duration.ofMinutes(30));
        } else if (fate < 17) {
            markPaid(order, at);
            order.fundStatus = "WAIT_SELLER_CHECK";
        } else if (fate < 19) {
            markPaid(order, at);
            order.orderStatus = "IN_CANCEL";
        }
        return order;
    }

    private SimulatedOrder place(Instant at, Malformation malformation) {
        SimulatedOrder order = generator.order(at, malformation);
        order.visibleAt = at.plus(indexLag);
        orders.put(order.orderId, order);
        return order;
    }

    SimulatedOrder require(String orderId) {
        return require(orders, orderId);
    }
}
