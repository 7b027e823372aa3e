package io.junction.testing;

import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.channel.TrackingChange;
import io.junction.outcome.RemoteOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A marketplace in memory for sync-core's tests: orders by id (the newest version wins), pages of
 * a fixed size, a page that fails on demand, and scripted confirmation outcomes.
 */
public class FakeChannel extends MemoryChannel {

    public static final String PLATFORM = "FAKE";

    private final Map<String, ChannelOrder> orders = new ConcurrentHashMap<>();
    private final List<OrderPage.MalformedOrder> malformed = Collections.synchronizedList(new ArrayList<>());
    private final List<ShipmentConfirmation> confirmations = Collections.synchronizedList(new ArrayList<>());
    private final Deque<RemoteOutcome<Void>> confirmOutcomes = new ArrayDeque<>();
    private final List<TrackingChange> trackingChanges = Collections.synchronizedList(new ArrayList<>());
    private final Deque<RemoteOutcome<Void>> trackingOutcomes = new ArrayDeque<>();
    private final List<SyncWindow> windowsAsked = Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger pagesServed =
            new java.util.concurrent.atomic.AtomicInteger();
    private volatile int pageSize = 2;
    private volatile boolean linesWhole;
    private volatile int failingPage = -1;
    private volatile String failingAnswer = "answered 503";
    private volatile java.util.function.IntConsumer beforePage = page -> {};

    public FakeChannel() {
        super(PLATFORM);
    }

    @Override
    public OrderPage fetchUpdatedOrders(ShopAccess shop, SyncWindow window, String pageToken) {
        int page = pageToken == null ? 0 : Integer.parseInt(pageToken);
        if (page == 0) {
            windowsAsked.add(window);
        }
        beforePage.accept(page);
        if (page == failingPage) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, "page " + page + " " + failingAnswer);
        }
        pagesServed.incrementAndGet();
        List<ChannelOrder> visible = orders.values().stream()
                .filter(o ->
                        !o.updatedAt().isBefore(window.from()) && !o.updatedAt().isAfter(window.to()))
                .sorted((a, b) -> a.platformOrderId().compareTo(b.platformOrderId()))
                .toList();
        int from = page * pageSize;
        int to = Math.min(visible.size(), from + pageSize);
        List<OrderPage.MalformedOrder> bad = page == 0 ? List.copyOf(malformed) : List.of();
        String next = to < visible.size() ? String.valueOf(page + 1) : null;
        return new OrderPage(visible.subList(Math.min(from, to), to), bad, next);
    }

    @Override
    public synchronized RemoteOutcome<Void> confirmShipment(ShopAccess shop, ShipmentConfirmation confirmation) {
        return answer(confirmOutcomes, confirmations, confirmation);
    }

    @Override
    public OrderPage fetchOrder(ShopAccess shop, String platformOrderId) {
        if (failingPage == 0) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, "order " + platformOrderId + " answered 503");
        }
        synchronized (malformed) {
            List<OrderPage.MalformedOrder> bad = malformed.stream()
                    .filter(m -> m.platformOrderId().equals(platformOrderId))
                    .toList();
            if (!bad.isEmpty()) {
                return new OrderPage(List.of(), bad.subList(bad.size() - 1, bad.size()), null);
            }
        }
        ChannelOrder order = orders.get(platformOrderId);
        return new OrderPage(order == null ? List.of() : List.of(order), List.of(), null);
    }

    @Override
    public boolean canShipPartOfALine() {
        return !linesWhole;
    }

    /** From now on confirms a split shipment by whole lines, as Taobao does by sub-order, until cleared. */
    public void shipsLinesWhole() {
        linesWhole = true;
    }

    @Override
    public boolean canChangeTracking() {
        return true;
    }

    /** Accepts a tracking-number change unless an answer was scripted; keeps what it accepted. */
    @Override
    public synchronized RemoteOutcome<Void> changeTracking(ShopAccess shop, TrackingChange change) {
        return answer(trackingOutcomes, trackingChanges, change);
    }

    /** The next scripted answer, success when none is left; what a success accepted is kept. */
    private static <T> RemoteOutcome<Void> answer(Deque<RemoteOutcome<Void>> scripted, List<T> accepted, T request) {
        RemoteOutcome<Void> outcome = scripted.isEmpty() ? RemoteOutcome.succeeded(null) : scripted.pop();
        if (outcome instanceof RemoteOutcome.Succeeded) {
            accepted.add(request);
        }
        return outcome;
    }

    public synchronized void nextTrackingChangeAnswers(RemoteOutcome<Void> outcome) {
        trackingOutcomes.add(outcome);
    }

    public List<TrackingChange> trackingChanges() {
        return List.copyOf(trackingChanges);
    }

    /** Puts (or replaces with a newer version) an order on the platform, healing a malformed one of the same id. */
    public void put(ChannelOrder order) {
        malformed.removeIf(m -> m.platformOrderId().equals(order.platformOrderId()));
        orders.put(order.platformOrderId(), order);
    }

    public void putMalformed(OrderPage.MalformedOrder order) {
        malformed.add(order);
    }

    /**
     * Runs {@code hook} with the page's number before each order page is served: a test moves its
     * clock there to make a page call take long, or throws to make the call fail.
     */
    public void beforeEachPage(java.util.function.IntConsumer hook) {
        beforePage = hook;
    }

    public void pageSize(int size) {
        pageSize = size;
    }

    /** The page with this index (0 = first, and reading one order) fails until {@link #healPages()}. */
    public void failPage(int page) {
        failingPage = page;
    }

    /** The page fails as {@link #failPage} does, answering this text (an upstream that echoes the request). */
    public void failPageAnswering(int page, String answer) {
        failingAnswer = answer;
        failingPage = page;
    }

    public void healPages() {
        failingPage = -1;
        failingAnswer = "answered 503";
    }

    public synchronized void nextConfirmationAnswers(RemoteOutcome<Void> outcome) {
        confirmOutcomes.add(outcome);
    }

    public List<ShipmentConfirmation> confirmations() {
        return List.copyOf(confirmations);
    }

    /** How many pages were answered (failed ones not counted). */
    public int pagesServed() {
        return pagesServed.get();
    }

    public List<SyncWindow> windowsAsked() {
        return List.copyOf(windowsAsked);
    }

    public void clear() {
        orders.clear();
        malformed.clear();
        confirmations.clear();
        confirmOutcomes.clear();
        trackingChanges.clear();
        trackingOutcomes.clear();
        windowsAsked.clear();
        pagesServed.set(0);
        failingPage = -1;
        pageSize = 2;
        linesWhole = false;
        beforePage = page -> {};
    }
}
