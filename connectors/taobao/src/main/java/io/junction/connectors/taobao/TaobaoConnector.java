package io.junction.connectors.taobao;

import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelException;
import io.junction.channel.OrderPage;
import io.junction.channel.ReturnRequestPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.kit.PlatformConnector;
import io.junction.connectors.kit.WriteOutcome;
import io.junction.connectors.taobao.dto.PageCursor;
import io.junction.connectors.taobao.dto.TradeList;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.CallQuota;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;

/**
 * Taobao Open Platform as a {@link ChannelConnector}: reads with
 * {@code taobao.trades.sold.increment.get} (completed by {@code taobao.trade.fullinfo.get}),
 * writes back with {@code taobao.logistics.offline.send}, reads buyers' return requests with
 * {@code taobao.refunds.receive.get}. Thin: HTTP in {@link TaobaoClient},
 * payloads in {@link TaobaoTranslator}.
 *
 * <p>Paging: a sync window is cut into sub-windows of {@code subWindow} (TOP allows at most a day).
 * TOP sorts a sub-window newest-modified first, so a trade modified while we page would shift the
 * older pages towards page 1 and one trade could slip past a forward reader. Each sub-window is
 * therefore counted first (page 1 with {@code use_has_next=false}, which answers
 * {@code total_results}) and then read from its last page back to page 1: a trade that leaves the
 * window while we page can only make a trade we already read appear again, never hide one. The page
 * token carries the sub-window's start and the page to read next.
 */
public class TaobaoConnector extends PlatformConnector<TaobaoClient> {

    /** Taobao's platform code, as shops store it. */
    public static final String PLATFORM = TaobaoClient.PLATFORM;

    /** The credential keys a shop needs: the app's key and secret and the seller's session key. */
    public static final List<String> CREDENTIAL_KEYS =
            List.of(TaobaoClient.APP_KEY, TaobaoClient.APP_SECRET, TaobaoClient.SESSION);

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private final TaobaoProperties properties;
    private final TaobaoTranslator translator;

    public TaobaoConnector(TaobaoProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        super(PLATFORM, CREDENTIAL_KEYS, properties, new TaobaoClient(properties, http, clock, quota));
        this.properties = properties;
        this.translator = new TaobaoTranslator(properties);
    }

    @Override
    public OrderPage fetchUpdatedOrders(ShopAccess shop, SyncWindow window, String pageToken) {
        Instant windowEnd = window.to().truncatedTo(ChronoUnit.SECONDS);
        PageCursor cursor = pageToken == null
                ? new PageCursor(window.from().truncatedTo(ChronoUnit.SECONDS), 0)
                : cursor(pageToken);
        while (true) {
            Instant subStart = cursor.subWindowStart();
            Instant subEnd = subEnd(subStart, windowEnd);
            PageCursor nextSubWindow = subEnd.isBefore(windowEnd) ? new PageCursor(subEnd.plus(ONE_SECOND), 0) : null;
            if (cursor.page() > 0) {
                TradeList page = list(shop, subStart, subEnd, cursor.page());
                PageCursor next = cursor.page() > 1 ? new PageCursor(subStart, cursor.page() - 1) : nextSubWindow;
                return orderPage(shop, page.trades(), next);
            }
            TradeList first = list(shop, subStart, subEnd, 1);
            long pages = (first.totalResults() + properties.calls().pageSize() - 1)
                    / properties.calls().pageSize();
            if (pages > 1) {
                // Read from the last page back: the count's page 1 is read again, last.
                int last = (int) pages;
                TradeList page = list(shop, subStart, subEnd, last);
                return orderPage(shop, page.trades(), new PageCursor(subStart, last - 1));
            }
            if (!first.trades().isEmpty() || nextSubWindow == null) {
                return orderPage(shop, first.trades(), nextSubWindow);
            }
            // An empty sub-window: go straight on to the next one rather than hand back an empty page.
            cursor = nextSubWindow;
        }
    }

    @Override
    public RemoteOutcome<Void> confirmShipment(ShopAccess shop, ShipmentConfirmation confirmation) {
        // Nothing sent because of incomplete credentials or a bad gateway URL: a person must look.
        return WriteOutcome.of(
                "TOP",
                () -> translator.offlineSendOutcome(client.write(
                        shop, TaobaoTranslator.OFFLINE_SEND_METHOD, translator.offlineSendParameters(confirmation))),
                WriteOutcome::rejectedByKind);
    }

    // paging

    /** The end of the sub-window starting at {@code start}: inclusive, to the second, never past the window. */
    private Instant subEnd(Instant start, Instant windowEnd) {
        Instant end = start.plus(properties.subWindow()).minus(ONE_SECOND);
        return end.isAfter(windowEnd) ? windowEnd : end;
    }

    private TradeList list(ShopAccess shop, Instant from, Instant to, int pageNo) {
        return translator.tradeList(client.read(
                shop,
                TaobaoTranslator.LIST_METHOD,
                translator.listParameters(from, to, pageNo, properties.calls().pageSize())));
    }

    private OrderPage orderPage(ShopAccess shop, List<JsonNode> trades, PageCursor next) {
        List<JsonNode> complete = new ArrayList<>();
        for (JsonNode trade : trades) {
            if (translator.needsFullInfo(trade, properties.fullInfoStates())) {
                String tid = translator.tid(trade);
                complete.add(translator.withFullInfo(
                        trade,
                        client.read(shop, TaobaoTranslator.FULL_INFO_METHOD, translator.fullInfoParameters(tid))));
            } else {
                complete.add(trade);
            }
        }
        return translator.orderPage(complete, next == null ? null : next.encode());
    }

    private static PageCursor cursor(String pageToken) {
        try {
            return PageCursor.decode(pageToken);
        } catch (IllegalArgumentException e) {
            throw new ChannelException(ChannelException.Kind.INVALID_REQUEST, "not a Taobao page token: " + pageToken);
        }
    }

    /** Taobao confirms a split shipment by sub-order ({@code sub_tid}): a line's units ship together. */
    @Override
    public boolean canShipPartOfALine() {
        return false;
    }

    @Override
    public boolean syncsReturnRequests() {
        return true;
    }

    /**
     * {@code taobao.refunds.receive.get} over the whole window, page by page forward ({@code use_has_next}).
     * UNCONFIRMED: the longest window TOP allows for refunds is not published; a sync reads minutes, and the first
     * read of a shop its configured look-back.
     */
    @Override
    public ReturnRequestPage fetchReturnRequests(ShopAccess shop, SyncWindow window, String pageToken) {
        int pageNo = pageNumber(pageToken, "a Taobao refunds");
        return translator.returnRequests(
                client.read(
                        shop,
                        TaobaoTranslator.REFUNDS_METHOD,
                        translator.refundsParameters(
                                window.from().truncatedTo(ChronoUnit.SECONDS),
                                window.to().truncatedTo(ChronoUnit.SECONDS),
                                pageNo,
                                properties.calls().pageSize())),
                pageNo);
    }

    /** {@code taobao.trade.fullinfo.get} alone: its fields include every field the list reads. */
    @Override
    public OrderPage fetchOrder(ShopAccess shop, String platformOrderId) {
        return translator.fetchedTrade(
                client.read(shop, TaobaoTranslator.FULL_INFO_METHOD, translator.fullInfoParameters(platformOrderId)));
    }
}
