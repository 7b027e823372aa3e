package io.junction.connectors.aliexpress;

import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelException;
import io.junction.channel.OrderPage;
import io.junction.channel.ReturnRequest;
import io.junction.channel.ReturnRequestPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.channel.TrackingChange;
import io.junction.connectors.aliexpress.dto.AliExpressResponse;
import io.junction.connectors.aliexpress.dto.PageCursor;
import io.junction.connectors.kit.PlatformConnector;
import io.junction.connectors.kit.WriteOutcome;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.CallQuota;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * AliExpress Open Platform (IOP) as a {@link ChannelConnector}: reads with
 * {@code aliexpress.solution.order.get} and one {@code aliexpress.solution.order.info.get} per
 * order (the list lacks the address and full child orders), declares shipments with
 * {@code aliexpress.solution.order.fulfill}, and corrects a declared tracking number with
 * {@link #changeTracking(ShopAccess, TrackingChange)}. Buyers' return requests are the disputes
 * ({@code aliexpress.issue.issuelist.get}) whose solutions send goods back
 * ({@code aliexpress.issue.detail.get}).
 *
 * <p>Paging: a window longer than the platform's maximum is read in slices; each slice is probed
 * (page 1 tells {@code total_page}) and then read from its last page to its first, so that orders
 * modified while we page (they leave the window) shift only pages already read. When
 * {@code total_count} grows between pages (an order indexed late) the slice is read again from its
 * new last page, so nothing is missed at the price of a few orders read twice. The page token
 * carries the slice, the page and the count.
 */
public class AliExpressConnector extends PlatformConnector<AliExpressClient> {

    private static final Logger log = LoggerFactory.getLogger(AliExpressConnector.class);

    /** AliExpress's platform code, as shops store it. */
    public static final String PLATFORM = AliExpressClient.PLATFORM;

    /** The credential keys a shop needs: the app's key and secret and the seller's session token. */
    public static final List<String> CREDENTIAL_KEYS = List.of("appKey", "appSecret", "accessToken");

    private final AliExpressTranslator translator;
    private final Clock clock;

    public AliExpressConnector(AliExpressProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        super(PLATFORM, CREDENTIAL_KEYS, properties, new AliExpressClient(properties, http, clock, quota));
        this.clock = clock;
        this.translator = new AliExpressTranslator(properties);
    }

    @Override
    public OrderPage fetchUpdatedOrders(ShopAccess shop, SyncWindow window, String pageToken) {
        PageCursor cursor = cursor(window, pageToken);
        while (true) {
            AliExpressTranslator.Slice slice = translator.slice(window, cursor.subWindowStart());
            Instant fetchedAt = clock.instant();
            AliExpressTranslator.OrderList list;
            int page;
            if (cursor.page() == 0) {
                list = list(shop, slice, 1);
                page = Math.max(list.totalPage(), 1);
                if (page > 1) {
                    list = list(shop, slice, page);
                }
            } else {
                page = cursor.page();
                list = list(shop, slice, page);
            }
            String next;
            if (cursor.page() != 0 && list.totalCount() > cursor.totalCount()) {
                // Orders came in (late indexing) while we paged and pushed others onto pages already
                // read: read the slice again from its new last page. (Orders that left only shift
                // pages already read, so a smaller count needs nothing.)
                next = new PageCursor(slice.from(), Math.max(list.totalPage(), 1), list.totalCount()).encode();
            } else if (page > 1) {
                next = new PageCursor(slice.from(), page - 1, list.totalCount()).encode();
            } else {
                next = translator
                        .nextSliceStart(window, slice)
                        .map(start -> PageCursor.first(start).encode())
                        .orElse(null);
            }
            if (list.orders().isEmpty() && next != null && cursor.page() == 0) {
                // An empty slice: go on to the next one within this call.
                cursor = PageCursor.decode(next);
                continue;
            }
            return translator.orderPage(list.orders(), details(shop, list.orders()), fetchedAt, next);
        }
    }

    @Override
    public RemoteOutcome<Void> confirmShipment(ShopAccess shop, ShipmentConfirmation confirmation) {
        Map<String, String> parameters = translator.fulfillRequest(confirmation).parameters();
        return send(() -> translator.fulfillOutcome(client.fulfill(shop, parameters)));
    }

    @Override
    public boolean canChangeTracking() {
        return true;
    }

    /**
     * Replaces a declared tracking number ({@code aliexpress.logistics.sellermodifiedshipmentfortop});
     * the carrier codes are AliExpress logistics service keys. Refused here, without a call, once
     * AliExpress's limits are used up (at most {@code maxShipmentEdits} changes within
     * {@code shipmentEditPeriod} of the first declaration): the rejection's code is
     * {@code EDIT_LIMIT_REACHED} and its message says which limit.
     */
    @Override
    public RemoteOutcome<Void> changeTracking(ShopAccess shop, TrackingChange change) {
        Optional<String> refusal = translator.changeRefusal(change, clock.instant());
        if (refusal.isPresent()) {
            return RemoteOutcome.rejected("EDIT_LIMIT_REACHED", refusal.get());
        }
        Map<String, String> parameters = translator.modifyRequest(change).parameters();
        RemoteOutcome<Void> outcome = send(() -> translator.modifyOutcome(client.modifyShipment(shop, parameters)));
        if (outcome instanceof RemoteOutcome.Rejected<Void> refused
                && AliExpressTranslator.OLD_NUMBER_UNKNOWN.equals(refused.code())) {
            return alreadyChanged(shop, change, refused);
        }
        return outcome;
    }

    /**
     * AliExpress no longer holds the old number: an earlier attempt whose answer was lost may have
     * made this very change. The order's declared numbers tell: holding the new one, the change is
     * done (a success, like "already shipped" for a confirmation); otherwise the refusal stands.
     */
    private RemoteOutcome<Void> alreadyChanged(ShopAccess shop, TrackingChange change, RemoteOutcome<Void> refused) {
        try {
            Set<String> declared = translator.declaredTrackingNumbers(
                    client.orderInfo(shop, translator.param1(change.platformOrderId())));
            return declared.contains(change.newTrackingNumber()) ? RemoteOutcome.succeeded(null) : refused;
        } catch (ChannelException e) {
            return RemoteOutcome.unknown("AliExpress no longer holds " + change.oldTrackingNumber()
                    + " and could not be asked whether it holds " + change.newTrackingNumber() + ": " + e.getMessage());
        }
    }

    /** A bad gateway URL or a missing credential: nothing was sent, a person must fix the shop. */
    private RemoteOutcome<Void> send(Supplier<RemoteOutcome<Void>> call) {
        try {
            return WriteOutcome.of("AliExpress", call, e -> RemoteOutcome.rejected("NOT_SENT", e.getMessage()));
        } catch (IllegalStateException e) {
            return RemoteOutcome.rejected("NOT_SENT", e.getMessage());
        }
    }

    private AliExpressTranslator.OrderList list(ShopAccess shop, AliExpressTranslator.Slice slice, int page) {
        String param0 = translator.param0(translator.orderQuery(slice, page));
        return translator.orderList(client.orderList(shop, param0));
    }

    private Map<String, AliExpressResponse> details(ShopAccess shop, List<JsonNode> orders) {
        Map<String, AliExpressResponse> details = new LinkedHashMap<>();
        for (JsonNode order : orders) {
            String orderId = translator.orderId(order);
            if (orderId == null || details.containsKey(orderId)) {
                continue;
            }
            AliExpressResponse answer = client.orderInfo(shop, translator.param1(orderId));
            if (translator.failedForNow(answer)) {
                throw translator.readFailure(AliExpressClient.ORDER_INFO, answer);
            }
            details.put(orderId, answer);
        }
        return details;
    }

    private static PageCursor cursor(SyncWindow window, String pageToken) {
        if (pageToken == null) {
            return PageCursor.first(window.from());
        }
        try {
            return PageCursor.decode(pageToken);
        } catch (IllegalArgumentException e) {
            throw new ChannelException(
                    ChannelException.Kind.INVALID_REQUEST, "not an AliExpress page token: " + pageToken);
        }
    }

    @Override
    public boolean syncsReturnRequests() {
        return true;
    }

    /**
     * One page of {@code aliexpress.issue.issuelist.get}, whose query takes no time (it filters by status,
     * order and buyer only): the disputes modified within the window are kept, and each of them, unless
     * withdrawn, is read with {@code aliexpress.issue.detail.get} to tell a return from a refund alone. The page
     * token is the next page's number; the list ends when its {@code total_item} is read or a page comes back
     * empty. UNCONFIRMED: the list's order (every page is read, so it does not matter) and whether
     * {@code gmt_modified} moves with every step of a dispute.
     */
    @Override
    public ReturnRequestPage fetchReturnRequests(ShopAccess shop, SyncWindow window, String pageToken) {
        int page = pageNumber(pageToken, "an AliExpress issues");
        AliExpressTranslator.IssueList list = translator.issueList(client.issueList(shop, translator.issueQuery(page)));
        list.unreadable().forEach(why -> log.warn("AliExpress shop {}: a dispute skipped: {}", shop.shopId(), why));
        List<ReturnRequest> requests = new ArrayList<>();
        for (AliExpressTranslator.Issue issue : list.issues()) {
            if (!within(window, issue.modifiedAt())
                    || AliExpressTranslator.CANCELED_ISSUE.equalsIgnoreCase(issue.status())) {
                continue;
            }
            AliExpressResponse detail = client.issueDetail(shop, issue.issueId(), issue.buyerLoginId());
            translator.returnRequest(issue, detail).ifPresent(requests::add);
        }
        boolean more = !list.isEmpty() && (long) page * translator.issuePageSize() < list.totalItem();
        return new ReturnRequestPage(requests, more ? Integer.toString(page + 1) : null);
    }

    /** Whether a dispute modified at {@code at} belongs to the window; one without a time is kept. */
    private static boolean within(SyncWindow window, Instant at) {
        return at == null || (!at.isBefore(window.from()) && !at.isAfter(window.to()));
    }

    /**
     * {@code order.info.get} alone: one order has no list entry, so the translator reads the list's
     * fields from the detail; the order then has no ship-by (see the README).
     */
    @Override
    public OrderPage fetchOrder(ShopAccess shop, String platformOrderId) {
        Instant fetchedAt = clock.instant();
        return translator.fetchedOrder(
                platformOrderId, client.orderInfo(shop, translator.param1(platformOrderId)), fetchedAt);
    }
}
