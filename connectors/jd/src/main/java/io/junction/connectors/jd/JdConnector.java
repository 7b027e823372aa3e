package io.junction.connectors.jd;

import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelException;
import io.junction.channel.OrderPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.jd.dto.JdCall;
import io.junction.connectors.jd.dto.OrderLookup;
import io.junction.connectors.kit.PlatformConnector;
import io.junction.connectors.kit.WriteOutcome;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.CallQuota;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * JD Open Platform as a {@link ChannelConnector}: reads with {@code jingdong.pop.order.enSearch}
 * by modified time, re-reads one order with {@code jingdong.pop.order.enGet}, writes back with {@code jingdong.pop.order.shipment}. Thin: HTTP and signing in
 * {@link JdClient}, payloads in {@link JdTranslator}. Credentials: {@code appKey},
 * {@code appSecret}, {@code accessToken}; {@link ShopAccess#endpoint()} is the full gateway URL.
 */
public class JdConnector extends PlatformConnector<JdClient> {

    /** JD's platform code, as shops store it. */
    public static final String PLATFORM = JdClient.PLATFORM;

    /** The credential keys a shop needs: the app's key and secret and the seller's access token. */
    public static final List<String> CREDENTIAL_KEYS = List.of("appKey", "appSecret", "accessToken");

    private final JdTranslator translator;

    public JdConnector(JdProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        super(PLATFORM, CREDENTIAL_KEYS, properties, new JdClient(properties, http, clock, quota));
        this.translator = new JdTranslator(properties);
    }

    @Override
    public OrderPage fetchUpdatedOrders(ShopAccess shop, SyncWindow window, String pageToken) {
        JdTranslator.PagePosition position = translator.position(window, pageToken);
        JdCall call = translator.orderSearchCall(position);
        return translator.orderPage(client.read(shop, call), window, position);
    }

    /** JD's shipment call ({@code jingdong.pop.order.shipment}) ships the whole order: no split shipment. */
    @Override
    public boolean canConfirmPartialShipment() {
        return false;
    }

    @Override
    public RemoteOutcome<Void> confirmShipment(ShopAccess shop, ShipmentConfirmation confirmation) {
        RemoteOutcome<JdCall> call = translator.shipmentCall(confirmation);
        if (!(call instanceof RemoteOutcome.Succeeded<JdCall> ready)) {
            return call.map(c -> null);
        }
        // Nothing sent for another reason (a bad gateway URL): the caller sees the exception.
        RemoteOutcome<Void> outcome =
                WriteOutcome.of("JD", () -> translator.shipmentOutcome(client.write(shop, ready.value())), e -> {
                    throw e;
                });
        if (outcome instanceof RemoteOutcome.Rejected<Void> rejected && translator.saysStateNotSuitable(rejected)) {
            return translator.afterStateNotSuitable(
                    rejected, lookUp(shop, confirmation.platformOrderId()), confirmation);
        }
        return outcome;
    }

    private Optional<OrderLookup> lookUp(ShopAccess shop, String orderId) {
        try {
            return translator.orderLookup(client.read(shop, translator.orderGetCall(orderId)));
        } catch (ChannelException e) {
            return Optional.empty();
        }
    }

    /** {@code jingdong.pop.order.enGet} with the fields enSearch reads. */
    @Override
    public OrderPage fetchOrder(ShopAccess shop, String platformOrderId) {
        return translator.fetchedOrder(client.read(shop, translator.orderFetchCall(platformOrderId)), platformOrderId);
    }
}
