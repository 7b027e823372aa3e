package io.junction.sync;

import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelException;
import io.junction.channel.Channels;
import io.junction.channel.OrderPage;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * One incremental sync of one shop: window from the watermark (less the connector's overlap) to the
 * newest instant the platform serves, every page ingested in its own transaction, and only then the
 * watermark moved. A failed run leaves the watermark where it was, so the next run reads it all again.
 */
@Service
public class SyncService {

    private static final Logger log = LoggerFactory.getLogger(SyncService.class);

    private final ShopService shops;
    private final Channels channels;
    private final OrderIntake intake;
    private final SyncMapper sync;
    private final Clock clock;
    private final Duration initialLookback;
    private final Duration lease;

    public SyncService(ShopService shops, Channels channels, OrderIntake intake, SyncMapper sync, Clock clock,
            @Value("${junction.sync.initial-lookback:P7D}") Duration initialLookback,
            @Value("${junction.sync.lease:PT10M}") Duration lease) {
        this.shops = shops;
        this.channels = channels;
        this.intake = intake;
        this.sync = sync;
        this.clock = clock;
        this.initialLookback = initialLookback;
        this.lease = lease;
    }

    /** What a run did. */
    public record Report(long shopId, SyncWindow window, int pages, OrderIntake.Tally tally, String error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    /** Syncs the shop now, unless a run of it is already under way on some node. */
    public Report sync(long shopId) {
        Shop shop = shops.get(shopId);
        SyncState state = state(shopId);
        Instant now = clock.instant();
        if (sync.acquireLease(shopId, now, now.plus(lease)) == 0) {
            return new Report(shopId, null, 0, OrderIntake.Tally.empty(), "a sync of this shop is already running");
        }
        ChannelConnector connector = channels.connector(shop.platform());
        Instant to = connector.newestQueryable(now);
        Instant from = state.watermark() == null
                ? now.minus(initialLookback)
                : state.watermark().minus(connector.windowOverlap());
        if (from.isAfter(to)) {
            from = to;
        }
        SyncWindow window = new SyncWindow(from, to);
        int pages = 0;
        OrderIntake.Tally tally = OrderIntake.Tally.empty();
        try {
            ShopAccess access = shops.access(shop);
            String token = null;
            do {
                OrderPage page = connector.fetchUpdatedOrders(access, window, token);
                tally = tally.plus(intake.ingest(shop, page));
                pages++;
                token = page.nextPageToken();
            } while (token != null);
            sync.recordSuccess(shopId, to, clock.instant(), tally.created());
            log.info("Synced shop {} window {}..{}: {} pages, {}", shopId, from, to, pages, tally);
            return new Report(shopId, window, pages, tally, null);
        } catch (ChannelException | DuplicateKeyException e) {
            String error = e instanceof ChannelException ce ? ce.kind() + ": " + ce.getMessage()
                    : "another node ingested the same order at the same moment; the next run merges it";
            sync.recordFailure(shopId, clock.instant(), truncate(error));
            log.warn("Sync of shop {} failed after {} pages: {}", shopId, pages, error);
            return new Report(shopId, window, pages, tally, error);
        } catch (RuntimeException e) {
            sync.recordFailure(shopId, clock.instant(), truncate("unexpected: " + e.getMessage()));
            throw e;
        }
    }

    public SyncState state(long shopId) {
        SyncState state = sync.findState(shopId);
        if (state == null) {
            try {
                sync.insertState(shopId);
            } catch (DuplicateKeyException createdMeanwhile) {
                // another node created it first: fine
            }
            state = sync.findState(shopId);
        }
        return state;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
