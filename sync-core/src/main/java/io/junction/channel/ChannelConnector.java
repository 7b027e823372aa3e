package io.junction.channel;

import io.junction.outcome.RemoteOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One marketplace, as sync-core sees it. Implementations live in the connectors module, one per
 * platform, and are thin: HTTP in a client, payload mapping in a translator.
 */
public interface ChannelConnector {

    /** The platform code this connector serves, as stored in {@code chn_shop.platform} (e.g. {@code AMAZON}). */
    String platform();

    /**
     * The credential keys a shop on this platform must have (Amazon: clientId, clientSecret,
     * refreshToken), so that a shop is refused when it is added, not at its first sync.
     */
    default List<String> credentialKeys() {
        return List.of();
    }

    /**
     * The newest "updated before" bound the platform accepts at {@code now}. Amazon serves data at
     * least two minutes old, so it answers {@code now - 2 minutes}.
     */
    Instant newestQueryable(Instant now);

    /**
     * How far back the platform still serves orders, so that a back-fill older than that is refused
     * with a reason instead of being queued. Two years unless the connector knows its platform's own.
     */
    default Duration orderHistory() {
        return Duration.ofDays(730);
    }

    /**
     * How far each incremental window reaches back behind the watermark, to survive clock skew and
     * orders that the platform indexes late.
     */
    Duration windowOverlap();

    /**
     * Reads one page of orders last updated within {@code window}. A page may carry malformed
     * orders beside good ones; they are returned, never thrown.
     *
     * @param pageToken null for the first page, then {@link OrderPage#nextPageToken()}
     * @throws ChannelException when the page could not be read at all (the sync retries later and
     *     its watermark does not move)
     */
    OrderPage fetchUpdatedOrders(ShopAccess shop, SyncWindow window, String pageToken);

    /**
     * Tells the marketplace one package has shipped. "Already shipped" is a success: the buyer
     * sees one confirmation however often we ask.
     */
    RemoteOutcome<Void> confirmShipment(ShopAccess shop, ShipmentConfirmation confirmation);

    /**
     * Reads one order again by its platform id: how a quarantined order is retried once its cause
     * is fixed. The page holds the order, or the same order as malformed again, or nothing when the
     * platform no longer has it.
     *
     * @throws ChannelException when the platform could not be asked
     */
    OrderPage fetchOrder(ShopAccess shop, String platformOrderId);

    /**
     * Whether the marketplace takes a shipment of part of an order, one package at a time (AliExpress
     * {@code send_type=part}, Taobao {@code is_split}, Amazon's items per package). A marketplace that
     * confirms whole orders only refuses the split of its orders before any parcel is made.
     */
    default boolean canConfirmPartialShipment() {
        return true;
    }

    /**
     * Whether one line's units may be confirmed in two shipments. A marketplace that confirms a split shipment
     * by whole lines (sub-orders) answers a second package of a line's units as shipped already, so a split of
     * its orders must keep each line in one package.
     */
    default boolean canShipPartOfALine() {
        return true;
    }

    /** Whether the marketplace lets a confirmed tracking number be replaced ({@link #changeTracking}). */
    default boolean canChangeTracking() {
        return false;
    }

    /**
     * Replaces the tracking number declared for a package that was already confirmed, where the
     * marketplace allows it (AliExpress, within its limits). A platform that does not allow it
     * rejects with {@code UNSUPPORTED} and nothing is sent.
     */
    default RemoteOutcome<Void> changeTracking(ShopAccess shop, TrackingChange change) {
        return RemoteOutcome.rejected(
                "UNSUPPORTED", platform() + " does not let a declared tracking number be changed");
    }

    /** Whether the platform lists buyers' return requests through its API ({@link #fetchReturnRequests}). */
    default boolean syncsReturnRequests() {
        return false;
    }

    /**
     * The buyers' return requests modified within the window, for the shop's after-sales: only requests that
     * send goods back (a refund without a return is not one). A platform without such an API answers none.
     *
     * @param pageToken null for the first page, then {@link ReturnRequestPage#nextPageToken()}
     * @throws ChannelException when the platform cannot be read
     */
    default ReturnRequestPage fetchReturnRequests(ShopAccess shop, SyncWindow window, String pageToken) {
        return new ReturnRequestPage(List.of(), null);
    }
}
