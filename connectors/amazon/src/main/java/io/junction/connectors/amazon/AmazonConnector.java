package io.junction.connectors.amazon;

import io.junction.channel.ChannelConnector;
import io.junction.channel.OrderPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.amazon.dto.AmazonResponse;
import io.junction.connectors.kit.PlatformConnector;
import io.junction.connectors.kit.WriteOutcome;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.CallQuota;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Amazon Selling Partner API as a {@link ChannelConnector}: reads with {@code searchOrders}
 * (Orders API 2026-01-01), re-reads one order with {@code getOrder}, confirms shipments with {@code confirmShipment} (Orders v0). The
 * reference implementation of a connector: thin, HTTP in {@link AmazonClient}, payloads in
 * {@link AmazonTranslator}.
 */
public class AmazonConnector extends PlatformConnector<AmazonClient> {

    /** Amazon's platform code, as shops store it. */
    public static final String PLATFORM = AmazonClient.PLATFORM;

    /** The credential keys a shop needs: the app's LWA client id and secret and the seller's refresh token. */
    public static final List<String> CREDENTIAL_KEYS = List.of("clientId", "clientSecret", "refreshToken");

    /** Amazon serves data at least this old: any "before" bound must be this far behind now. */
    static final Duration DATA_DELAY = Duration.ofMinutes(2);

    private final AmazonTranslator translator;

    /**
     * @param quota the call quota shared by every node; each seller account's calls to each
     *     operation are taken from it
     */
    public AmazonConnector(AmazonProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        super(PLATFORM, CREDENTIAL_KEYS, properties, new AmazonClient(properties, http, clock, quota));
        this.translator = new AmazonTranslator(properties);
    }

    @Override
    public OrderPage fetchUpdatedOrders(ShopAccess shop, SyncWindow window, String pageToken) {
        AmazonResponse response = client.searchOrders(shop, translator.searchOrdersQuery(shop, window, pageToken));
        if (!response.isSuccessful()) {
            throw translator.readFailure(response);
        }
        return translator.orderPage(response.body());
    }

    @Override
    public RemoteOutcome<Void> confirmShipment(ShopAccess shop, ShipmentConfirmation confirmation) {
        String body = translator.confirmShipmentBody(confirmation);
        // Nothing sent for want of an access token or for a bad endpoint: refused credentials need a person.
        return WriteOutcome.of(
                "Amazon",
                () -> translator.confirmOutcome(client.confirmShipment(shop, confirmation.platformOrderId(), body)),
                WriteOutcome::rejectedByKind);
    }

    /** {@code getOrder} with the datasets {@code searchOrders} reads, so the order reads the same; 404 is an empty page. */
    @Override
    public OrderPage fetchOrder(ShopAccess shop, String platformOrderId) {
        return translator.fetchedOrder(client.getOrder(shop, platformOrderId, translator.getOrderIncludedData()));
    }
}
