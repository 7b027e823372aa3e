package io.junction.connectors.amazon;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.junction.channel.ChannelConnector;
import io.junction.channel.OrderPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.amazon.dto.AmazonResponse;
import io.junction.connectors.kit.PlatformCircuit;
import io.junction.connectors.kit.WriteOutcome;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.CallQuota;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Amazon Selling Partner API as a {@link ChannelConnector}: reads with {@code searchOrders}
 * (Orders API 2026-01-01), re-reads one order with {@code getOrder}, confirms shipments with {@code confirmShipment} (Orders v0). The
 * reference implementation of a connector: thin, HTTP in {@link AmazonClient}, payloads in
 * {@link AmazonTranslator}.
 */
public class AmazonConnector implements ChannelConnector, PlatformCircuit {

    /** Amazon's platform code, as shops store it. */
    public static final String PLATFORM = AmazonClient.PLATFORM;

    /** Amazon serves data at least this old: any "before" bound must be this far behind now. */
    static final Duration DATA_DELAY = Duration.ofMinutes(2);

    private final AmazonProperties properties;
    private final AmazonClient client;
    private final AmazonTranslator translator;

    /**
     * @param quota the call quota shared by every node; each seller account's calls to each
     *     operation are taken from it
     */
    public AmazonConnector(AmazonProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        this.properties = properties;
        this.client = new AmazonClient(properties, http, clock, quota);
        this.translator = new AmazonTranslator(properties);
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public CircuitBreaker.State circuitState() {
        return client.circuitState();
    }

    @Override
    public List<String> credentialKeys() {
        return List.of("clientId", "clientSecret", "refreshToken");
    }

    @Override
    public Instant newestQueryable(Instant now) {
        return now.minus(DATA_DELAY);
    }

    @Override
    public Duration windowOverlap() {
        return properties.calls().windowOverlap();
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
