package io.junction.returns;

import io.junction.channel.ChannelConnector;
import io.junction.channel.Channels;
import io.junction.channel.ReturnRequest;
import io.junction.channel.ReturnRequestPage;
import io.junction.channel.SyncWindow;
import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.OrderTransitions;
import io.junction.persistence.Columns;
import io.junction.persistence.GeneratedId;
import io.junction.secret.Redaction;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncs buyers' return requests from the platforms that list them into returns (REQUESTED), each shop from
 * where its last read ended. A request makes its return once, however often it is read (the platform's id of
 * the request is unique per order), and only for what shipped and was not returned yet; a request for an order
 * Junction does not hold, or of which nothing is left to return, makes none.
 */
@Service
public class ReturnRequestSync {

    static final String ACTOR = "sync";

    private static final Logger log = LoggerFactory.getLogger(ReturnRequestSync.class);
    /** {@code rma_return_sync.last_error} holds this many characters. */
    private static final int MAX_ERROR = 1000;

    private final ShopService shops;
    private final Channels channels;
    private final ReturnMapper returns;
    private final ReturnService service;
    private final OrderMapper orders;
    private final OrderTransitions transitions;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration firstLookback;

    public ReturnRequestSync(
            ShopService shops,
            Channels channels,
            ReturnMapper returns,
            ReturnService service,
            OrderMapper orders,
            OrderTransitions transitions,
            PlatformTransactionManager txManager,
            Clock clock,
            @Value("${junction.return-sync.first-lookback:P30D}") Duration firstLookback) {
        this.shops = shops;
        this.channels = channels;
        this.returns = returns;
        this.service = service;
        this.orders = orders;
        this.transitions = transitions;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
        this.firstLookback = firstLookback;
    }

    /** Reads every enabled shop whose platform lists return requests; answers how many returns were registered. */
    public int pullAll() {
        int made = 0;
        for (Shop shop : shops.enabled()) {
            if (channels.serves(shop.platform())
                    && channels.connector(shop.platform()).syncsReturnRequests()) {
                made += pull(shop);
            }
        }
        return made;
    }

    /**
     * Reads the shop's return requests modified since its last read (with the platform's overlap) and registers
     * the new ones; a failed read is recorded and leaves the watermark where it was, so the next read repeats it.
     */
    public int pull(Shop shop) {
        ChannelConnector connector = channels.connector(shop.platform());
        Instant now = clock.instant();
        Instant last = returns.syncWatermark(shop.id());
        Instant from = last == null ? now.minus(firstLookback) : last.minus(connector.windowOverlap());
        Instant to = connector.newestQueryable(now);
        if (!to.isAfter(from)) {
            return 0;
        }
        SyncWindow window = new SyncWindow(from, to);
        Redaction redaction = Redaction.patternsOnly();
        int made = 0;
        try {
            var access = shops.access(shop);
            redaction = Redaction.of(access.credentials());
            String token = null;
            do {
                ReturnRequestPage page = connector.fetchReturnRequests(access, window, token);
                for (ReturnRequest request : page.requests()) {
                    if (register(shop, request)) {
                        made++;
                    }
                }
                token = page.nextPageToken();
            } while (token != null);
        } catch (RuntimeException failed) {
            String why = Columns.clip(redaction.apply(String.valueOf(failed.getMessage())), MAX_ERROR);
            log.warn("Return requests of shop {} not read: {}", shop.id(), why);
            tx.executeWithoutResult(s -> returns.recordSyncFailure(shop.id(), from, clock.instant(), why));
            return made;
        }
        tx.executeWithoutResult(s -> returns.recordSync(shop.id(), to, clock.instant()));
        return made;
    }

    /** Registers the request's return once, in a transaction of its own; whether it made one. */
    boolean register(Shop shop, ReturnRequest request) {
        Order order = orders.findByPlatformId(shop.id(), request.platformOrderId());
        if (order == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(tx.execute(s -> registerLocked(shop, order, request)));
        } catch (DuplicateKeyException anotherNodeWon) {
            return false;
        }
    }

    private boolean registerLocked(Shop shop, Order order, ReturnRequest request) {
        returns.lockOrder(order.id());
        if (returns.findByPlatformRequest(order.id(), request.platformReturnId()) != null) {
            return false;
        }
        Map<Long, Integer> returnable = service.returnable(order.id());
        Map<Long, Integer> lines = new LinkedHashMap<>();
        for (OrderLine line : orders.lines(order.id())) {
            int left = returnable.getOrDefault(line.id(), 0);
            boolean named =
                    request.platformLineId() == null || request.platformLineId().equals(line.platformLineId());
            int asked = request.quantity() > 0 ? Math.min(request.quantity(), left) : left;
            if (named && asked > 0) {
                lines.put(line.id(), asked);
            }
        }
        if (lines.isEmpty()) {
            return false;
        }
        String said = request.reason() == null || request.reason().isBlank()
                ? shop.platform() + " return request " + request.platformReturnId()
                : request.reason().strip();
        String reason = Columns.clip(said, ReturnService.MAX_TEXT);
        GeneratedId id = new GeneratedId();
        returns.insert(id, order.id(), request.platformReturnId(), reason, ACTOR, clock.instant());
        lines.forEach((line, quantity) -> returns.insertLine(id.get(), line, quantity));
        transitions.note(
                order,
                ACTOR,
                "return request " + request.platformReturnId() + " synced from " + shop.platform() + " as RMA-"
                        + id.get());
        return true;
    }
}
