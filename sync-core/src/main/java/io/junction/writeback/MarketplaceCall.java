package io.junction.writeback;

import io.junction.channel.ChannelConnector;
import io.junction.channel.Channels;
import io.junction.channel.ShopAccess;
import io.junction.outcome.RemoteOutcome;
import io.junction.secret.Redaction;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One call to a shop's marketplace, made outside any transaction: the answer comes back with the
 * shop's credentials masked (a marketplace's refusal may echo the request), and a call that cannot
 * even be made (no connector, undecryptable credentials, an unforeseen failure) comes back Unknown,
 * logged, so that the caller settles it like any unanswered call instead of stalling.
 */
@Component
class MarketplaceCall {

    private static final Logger log = LoggerFactory.getLogger(MarketplaceCall.class);

    private final ShopService shops;
    private final Channels channels;

    MarketplaceCall(ShopService shops, Channels channels) {
        this.shops = shops;
        this.channels = channels;
    }

    /**
     * Asks the shop's marketplace.
     *
     * @param what what is asked, for the log: "Write-back of outbox row 7 (package 9)"
     */
    <T> RemoteOutcome<T> ask(
            long shopId, String what, BiFunction<ChannelConnector, ShopAccess, RemoteOutcome<T>> call) {
        Redaction redaction = Redaction.patternsOnly();
        try {
            Shop shop = shops.get(shopId);
            ChannelConnector connector = channels.connector(shop.platform());
            ShopAccess access = shops.access(shop);
            redaction = Redaction.of(access.credentials());
            return redaction.apply(call.apply(connector, access));
        } catch (RuntimeException unexpected) {
            log.error("{} failed unexpectedly: {}", what, redaction.apply(String.valueOf(unexpected.getMessage())));
            return RemoteOutcome.unknown("unexpected error: " + redaction.apply(unexpected.getMessage()));
        }
    }
}
