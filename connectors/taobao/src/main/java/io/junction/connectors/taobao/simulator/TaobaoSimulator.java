package io.junction.connectors.taobao.simulator;

import io.junction.simulator.MarketplaceSimulator;
import io.junction.simulator.ScenarioQueue;
import io.junction.simulator.TokenBucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A stateful simulator of the TOP gateway methods Junction uses, on WireMock:
 * {@code taobao.trades.sold.increment.get}, {@code taobao.trade.fullinfo.get} and
 * {@code taobao.logistics.offline.send}, all at {@code POST /router/rest}. It checks the system
 * parameters and the signature (md5, hmac, hmac-sha256), enforces TOP's window, page-size and
 * timestamp rules and its call quota with TOP's own error payloads, keeps an in-memory trade book,
 * and offers scenario helpers for tests and demos.
 *
 * <p>Time comes from the given clock only; orders generated "over time" are materialised lazily
 * on each request, so the simulator runs no threads of its own: most generated trades are paid at
 * once; some wait for payment and are paid one interval later; now and then an earlier paid trade
 * gets a refund request or an unpaid one is closed. All methods are thread-safe.
 *
 * <pre>{@code
 * TaobaoSimulator taobao = new TaobaoSimulator(clock).start();
 * taobao.placeOrders(3, clock.instant().minus(Duration.ofMinutes(10)));
 * ShopAccess shop = taobao.shopAccess(1, "TAOBAO");
 * }</pre>
 */
public class TaobaoSimulator extends MarketplaceSimulator<TaobaoSimulator, TaobaoOrderGenerator> {

    /** The gateway path, as on {@code eco.taobao.com}. */
    public static final String GATEWAY_PATH = "/router/rest";

    static final String APP_KEY = "12345678";
    static final String APP_SECRET = "junction-simulator-app-secret";
    static final String SESSION = "6100e2f5b1c9a7d3junctionsimulatorsession";

    /**
     * The answer to a second consignment of a consigned trade (see TaobaoProperties'
     * alreadyShippedSubCodes). UNCONFIRMED: TOP's exact code and wording.
     */
    static final String ALREADY_SHIPPED_SUB_CODE = "isv.logistics-offline-service-error:B04";

    static final String ALREADY_SHIPPED_SUB_MSG = "该订单已发货，不能重复发货 (the trade is already consigned)";

    /** How a trade's payload is broken by {@link #placeMalformedOrder(Instant, Malformation)}. */
    public enum Malformation {
        /** The first line has no {@code outer_sku_id} (and no {@code outer_iid}). */
        MISSING_OUTER_SKU_ID,
        /** The trade's {@code modified} is not a TOP time. */
        BAD_MODIFIED_TIME,
        /** The trade has no {@code orders.order} lines. */
        NO_ORDERS
    }

    /** One accepted {@code taobao.logistics.offline.send}, as the simulator recorded it. */
    public record Shipment(
            String tid, String outSid, String companyCode, boolean split, List<String> subTids, Instant receivedAt) {
        public Shipment {
            subTids = List.copyOf(subTids);
        }
    }

    /**
     * One refund a buyer asked (退款), as {@code taobao.refunds.receive.get} lists it; with goods returned
     * (退货退款) it is a return request.
     */
    public record Refund(
            String refundId,
            String tid,
            String oid,
            int num,
            String reason,
            String status,
            boolean hasGoodReturn,
            Instant modified) {}

    /** A read-only view of one simulated trade. */
    public record TradeView(String tid, String status, Instant created, Instant modified, List<Line> lines) {
        public TradeView {
            lines = List.copyOf(lines);
        }

        /** One line: oid, seller SKU (null on a malformed trade), quantity, refund status, consigned. */
        public record Line(String oid, String outerSkuId, int num, String refundStatus, boolean consigned) {}
    }

    final Map<Long, SimulatedTrade> trades = new LinkedHashMap<>();
    final Map<String, List<Shipment>> shipments = new LinkedHashMap<>();
    final List<Refund> refunds = new ArrayList<>();
    private long nextRefundId = 70_000_000_001L;
    TokenBucket quota;
    Duration indexingLag = Duration.ZERO;
    final Map<String, Integer> requests = new LinkedHashMap<>();

    public TaobaoSimulator(Clock clock) {
        this(clock, 42L);
    }

    /** @param seed makes names, addresses, SKUs and tids repeatable */
    public TaobaoSimulator(Clock clock, long seed) {
        super(
                "the Taobao simulator",
                GATEWAY_PATH,
                clock,
                new ScenarioQueue(Set.of(500, 502, 503)),
                new TaobaoOrderGenerator(seed));
        this.quota = new TokenBucket(50, 100, clock.instant());
    }

    /** The only credentials the gateway accepts: {@code appKey, appSecret, session} (signMethod md5 by default). */
    @Override
    public Map<String, String> credentials() {
        return Map.of("appKey", APP_KEY, "appSecret", APP_SECRET, "session", SESSION);
    }

    @Override
    protected TaobaoEndpoints endpoints() {
        return new TaobaoEndpoints(this);
    }

    // configuration

    /** The app's call quota over every method. Ours defaults to 50/s, burst 100, so that demos are fast. */
    public synchronized TaobaoSimulator callQuota(double ratePerSecond, int burst) {
        quota = new TokenBucket(ratePerSecond, burst, clock.instant());
        return this;
    }

    /** From now on, a trade shows in the list only {@code lag} after it was last modified. */
    public synchronized TaobaoSimulator indexesLate(Duration lag) {
        indexingLag = Objects.requireNonNull(lag, "lag");
        return this;
    }

    // the trade book

    /** Places one paid trade (WAIT_SELLER_SEND_GOODS) created, paid and modified {@code at}; its tid. */
    @Override
    protected String placeOrder(Instant at) {
        SimulatedTrade trade = place(at, null);
        paid(trade, at);
        return Long.toString(trade.tid);
    }

    /** Places {@code count} trades waiting for payment (WAIT_BUYER_PAY) created {@code at}; their tids. */
    public synchronized List<String> placeUnpaidOrders(int count, Instant at) {
        return times(count, () -> Long.toString(place(at, null).tid));
    }

    /** Places one paid trade whose first line has no seller SKU; served beside good trades. */
    public String placeMalformedOrder(Instant at) {
        return placeMalformedOrder(at, Malformation.MISSING_OUTER_SKU_ID);
    }

    public synchronized String placeMalformedOrder(Instant at, Malformation malformation) {
        SimulatedTrade trade = place(at, Objects.requireNonNull(malformation, "malformation"));
        paid(trade, at);
        return Long.toString(trade.tid);
    }

    /** The buyer pays a WAIT_BUYER_PAY trade: WAIT_SELLER_SEND_GOODS, modified now. */
    public synchronized void pay(String tid) {
        SimulatedTrade trade = require(tid);
        if (!"WAIT_BUYER_PAY".equals(trade.status)) {
            throw new IllegalStateException("trade " + tid + " is " + trade.status + ", not WAIT_BUYER_PAY");
        }
        paid(trade, clock.instant());
    }

    /**
     * Cancels a trade: an unpaid one is closed (TRADE_CLOSED_BY_TAOBAO); a paid one is refunded in
     * full (every line SUCCESS) and closed (TRADE_CLOSED). Modified now.
     */
    public synchronized void cancel(String tid) {
        SimulatedTrade trade = require(tid);
        if ("WAIT_BUYER_PAY".equals(trade.status)) {
            trade.status = "TRADE_CLOSED_BY_TAOBAO";
        } else {
            trade.lines.forEach(l -> l.refundStatus = "SUCCESS");
            trade.status = "TRADE_CLOSED";
        }
        touch(trade);
    }

    /** The buyer asks a refund of the first line of a paid trade (WAIT_SELLER_AGREE). Modified now. */
    public synchronized void requestRefund(String tid) {
        refund(tid, "WAIT_SELLER_AGREE");
    }

    /** The seller refuses the open refund (SELLER_REFUSE_BUYER): the trade is to be shipped again. */
    public synchronized void refuseRefund(String tid) {
        refund(tid, "SELLER_REFUSE_BUYER");
    }

    /**
     * After the trade was consigned, the buyer asks to send {@code num} units of its first line back for a
     * refund (退货退款, WAIT_SELLER_AGREE, goods returned); the refund's id. Only the refunds list shows it: the
     * trade itself is left as it is, so that the order's own sync sees nothing new.
     */
    public synchronized String requestReturn(String tid, int num, String reason) {
        return requestReturn(tid, num, reason, clock.instant());
    }

    /** As {@link #requestReturn(String, int, String)}, asked (and modified) {@code at}. */
    public synchronized String requestReturn(String tid, int num, String reason, Instant at) {
        return addRefund(tid, num, reason, true, at);
    }

    /** The buyer asks a refund without sending anything back (仅退款), {@code at}: listed, but no return request. */
    public synchronized String requestRefundOnly(String tid, String reason, Instant at) {
        return addRefund(tid, 0, reason, false, at);
    }

    /** The refund's status changes (the seller refused it, it closed …). Modified now. */
    public synchronized void refundStatus(String refundId, String status) {
        for (int i = 0; i < refunds.size(); i++) {
            Refund r = refunds.get(i);
            if (r.refundId().equals(refundId)) {
                refunds.set(
                        i,
                        new Refund(
                                r.refundId(),
                                r.tid(),
                                r.oid(),
                                r.num(),
                                r.reason(),
                                status,
                                r.hasGoodReturn(),
                                clock.instant()));
                return;
            }
        }
        throw new IllegalArgumentException("no simulated refund " + refundId);
    }

    /** Every refund asked, oldest first. */
    public synchronized List<Refund> refunds() {
        return List.copyOf(refunds);
    }

    private String addRefund(String tid, int num, String reason, boolean goodsReturned, Instant at) {
        SimulatedTrade trade = require(tid);
        if (trade.lines.isEmpty() || !trade.lines.get(0).consigned) {
            throw new IllegalStateException("trade " + tid + " is not consigned: nothing to send back");
        }
        String refundId = Long.toString(nextRefundId++);
        refunds.add(new Refund(
                refundId,
                tid,
                Long.toString(trade.lines.get(0).oid),
                num,
                reason,
                "WAIT_SELLER_AGREE",
                goodsReturned,
                at));
        return refundId;
    }

    /** Taobao forbids consigning the paid trade (PAID_FORBID_CONSIGN). Modified now. */
    public synchronized void forbidConsign(String tid) {
        SimulatedTrade trade = require(tid);
        trade.status = "PAID_FORBID_CONSIGN";
        touch(trade);
    }

    public synchronized TradeView trade(String tid) {
        SimulatedTrade trade = require(tid);
        List<TradeView.Line> lines = trade.lines.stream()
                .map(l -> new TradeView.Line(Long.toString(l.oid), l.outerSkuId, l.num, l.refundStatus, l.consigned))
                .toList();
        return new TradeView(Long.toString(trade.tid), trade.status, trade.created, trade.modified, lines);
    }

    /** TOP's trade status, e.g. WAIT_SELLER_SEND_GOODS or WAIT_BUYER_CONFIRM_GOODS. */
    public synchronized String status(String tid) {
        return require(tid).status;
    }

    @Override
    protected Collection<String> bookedOrderIds() {
        return trades.keySet().stream().map(String::valueOf).toList();
    }

    // scenarios

    /** Empties the call quota: the next calls get "App Call Limited" (code 7) until it refills. */
    public synchronized TaobaoSimulator rateLimited() {
        quota.empty(clock.instant());
        return this;
    }

    // what happened

    /** How many requests named {@code method} arrived, refused ones included. */
    public synchronized int requests(String method) {
        return requests.getOrDefault(method, 0);
    }

    /** The consignments recorded for one trade, in arrival order. */
    public synchronized List<Shipment> shipments(String tid) {
        return List.copyOf(shipments.getOrDefault(tid, List.of()));
    }

    @Override
    public synchronized Map<String, List<String>> confirmedTrackingNumbers() {
        Map<String, List<String>> confirmed = new LinkedHashMap<>();
        shipments.forEach((tid, sent) ->
                confirmed.put(tid, sent.stream().map(Shipment::outSid).toList()));
        return confirmed;
    }

    // used by the endpoints, under this object's lock

    /** One step of the generated life: pay what waited, sometimes refund or close, then a new trade. */
    @Override
    protected void generateOrderAt(Instant at) {
        for (SimulatedTrade trade : trades.values()) {
            if ("WAIT_BUYER_PAY".equals(trade.status) && trade.malformation == null && trade.created.isBefore(at)) {
                int roll = generator.next(10);
                if (roll < 8) {
                    paid(trade, at);
                } else if (roll == 8) {
                    trade.status = "TRADE_CLOSED_BY_TAOBAO";
                    trade.modified = at;
                }
                break;
            }
        }
        int event = generator.next(20);
        if (event == 0 || event == 1) {
            List<SimulatedTrade> paidTrades = trades.values().stream()
                    .filter(t -> "WAIT_SELLER_SEND_GOODS".equals(t.status) && t.malformation == null)
                    .toList();
            if (!paidTrades.isEmpty()) {
                SimulatedTrade trade = paidTrades.get(generator.next(paidTrades.size()));
                if (event == 0) {
                    trade.lines.get(0).refundStatus = "WAIT_SELLER_AGREE";
                } else {
                    trade.lines.forEach(l -> l.refundStatus = "SUCCESS");
                    trade.status = "TRADE_CLOSED";
                }
                trade.modified = at;
            }
        }
        SimulatedTrade trade = place(at, null);
        if (generator.next(10) < 8) {
            paid(trade, at);
        }
    }

    private void refund(String tid, String refundStatus) {
        SimulatedTrade trade = require(tid);
        if ("WAIT_BUYER_PAY".equals(trade.status) || trade.lines.isEmpty()) {
            throw new IllegalStateException("trade " + tid + " is not paid");
        }
        trade.lines.get(0).refundStatus = refundStatus;
        touch(trade);
    }

    private void paid(SimulatedTrade trade, Instant at) {
        trade.status = "WAIT_SELLER_SEND_GOODS";
        trade.payTime = at;
        trade.modified = at;
        trade.listedFrom = indexingLag.isZero() ? null : at.plus(indexingLag);
    }

    void touch(SimulatedTrade trade) {
        trade.modified = clock.instant();
        trade.listedFrom = indexingLag.isZero() ? null : trade.modified.plus(indexingLag);
    }

    private SimulatedTrade place(Instant at, Malformation malformation) {
        SimulatedTrade trade = generator.trade(at, malformation);
        trade.listedFrom = indexingLag.isZero() ? null : at.plus(indexingLag);
        trades.put(trade.tid, trade);
        return trade;
    }

    SimulatedTrade require(String tid) {
        SimulatedTrade trade = find(tid);
        if (trade == null) {
            throw new IllegalArgumentException("no simulated trade " + tid);
        }
        return trade;
    }

    SimulatedTrade find(String tid) {
        try {
            return trades.get(Long.parseLong(tid));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
