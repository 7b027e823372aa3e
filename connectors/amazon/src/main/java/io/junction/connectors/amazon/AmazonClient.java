package io.junction.connectors.amazon;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import io.junction.connectors.amazon.dto.AmazonResponse;
import io.junction.connectors.amazon.dto.SearchOrdersQuery;
import io.junction.connectors.kit.NoAnswerException;
import io.junction.connectors.kit.PlatformCall;
import io.junction.connectors.kit.PlatformClient;
import io.junction.connectors.kit.PlatformHttp;
import io.junction.connectors.kit.QuotaKeys;
import io.junction.connectors.kit.RequestBytes;
import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.QuotaExhaustedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the Selling Partner API and Login with Amazon: access tokens, headers, time-outs and
 * retries. It knows nothing of orders; the translator reads the bodies it returns.
 *
 * <p>Retry policy: 429 and 5xx are retried with exponential back-off and jitter (Amazon did
 * nothing). A read whose connection drops or times out is retried too. A {@code confirmShipment}
 * is resent only when the connection could not even be opened; once the request may have reached
 * Amazon, a lost answer is reported as {@link NoAnswerException} and never resent blindly.
 *
 * <p>Rate limits: every request, retries and a token's second chance included, first takes a call
 * from the seller account's shared bucket for its operation ({@link CallQuota}, keyed by a
 * fingerprint of the LWA client id and refresh token, never the token itself), seeded from
 * {@link AmazonProperties#usagePlans()}; the {@code x-amzn-RateLimit-Limit} header of a 2xx adjusts
 * the bucket's rate. A call the bucket cannot grant in time is not sent
 * ({@link QuotaExhaustedException}, THROTTLED). The circuit breaker is {@link PlatformCall}'s: 429 and
 * 4xx are answers, not failures.
 *
 * <p>Access tokens are cached per shop until a minute before they expire; they are never logged.
 */
public class AmazonClient implements PlatformClient {

    /** Amazon's platform code, as shops store it: the seller account's calls are counted under it. */
    static final String PLATFORM = "AMAZON";

    static final String SEARCH_ORDERS_PATH = "/orders/2026-01-01/orders";

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration TOKEN_REFRESH_MARGIN = Duration.ofMinutes(1);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final String RATE_LIMIT_HEADER = "x-amzn-RateLimit-Limit";

    private final AmazonProperties properties;
    private final OkHttpClient http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<TokenKey, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<TokenKey, Object> tokenLocks = new ConcurrentHashMap<>();
    private final PlatformCall<AmazonResponse> calls;

    public AmazonClient(AmazonProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = PlatformCall.withTimeouts(http, properties.calls());
        this.calls = PlatformCall.<AmazonResponse>builder("amazon", "Amazon")
                .status(AmazonResponse::status)
                .retryWhen(r -> r.status() == 429 || r.status() >= 500)
                .settings(properties.calls(), quota, QuotaKeys.bySellerAccount(PLATFORM, "clientId", "refreshToken"))
                .announcedRate(r -> r.isSuccessful() ? r.rateLimit() : null)
                .clock(clock)
                .build();
    }

    /**
     * {@code GET /orders/2026-01-01/orders}: the last answer after retries, whatever its status.
     *
     * @throws ChannelException UNAVAILABLE when no answer came after every attempt; UNAUTHORIZED,
     *     THROTTLED or UNAVAILABLE when no access token could be had
     */
    public AmazonResponse searchOrders(ShopAccess shop, SearchOrdersQuery query) {
        HttpUrl.Builder url = baseUrl(shop).newBuilder().addPathSegments(SEARCH_ORDERS_PATH.substring(1));
        query.queryParameters().forEach(url::addQueryParameter);
        Request request = new Request.Builder().url(url.build()).get().build();
        return calls.read(shop, AmazonProperties.SEARCH_ORDERS, withToken(shop, request));
    }

    /**
     * {@code GET /orders/2026-01-01/orders/{orderId}} ({@code getOrder}): the last answer after
     * retries, whatever its status (404 when Amazon has no such order).
     *
     * @param includedData the datasets to include, as {@code searchOrders} asks for them
     * @throws ChannelException UNAVAILABLE when no answer came after every attempt; UNAUTHORIZED,
     *     THROTTLED or UNAVAILABLE when no access token could be had
     */
    public AmazonResponse getOrder(ShopAccess shop, String orderId, List<String> includedData) {
        HttpUrl.Builder url = baseUrl(shop)
                .newBuilder()
                .addPathSegments(SEARCH_ORDERS_PATH.substring(1))
                .addPathSegment(orderId);
        if (!includedData.isEmpty()) {
            url.addQueryParameter("includedData", String.join(",", includedData));
        }
        Request request = new Request.Builder().url(url.build()).get().build();
        return calls.read(shop, AmazonProperties.GET_ORDER, withToken(shop, request));
    }

    /**
     * {@code POST /orders/v0/orders/{orderId}/shipmentConfirmation}: the last answer after retries.
     *
     * @throws NoAnswerException when the request may have reached Amazon but no answer came back
     * @throws ChannelException when nothing was sent: no access token could be had, the rate limit
     *     had no call to spare ({@link QuotaExhaustedException}) or the circuit is open
     */
    public AmazonResponse confirmShipment(ShopAccess shop, String orderId, String jsonBody) {
        HttpUrl url = baseUrl(shop)
                .newBuilder()
                .addPathSegments("orders/v0/orders")
                .addPathSegment(orderId)
                .addPathSegment("shipmentConfirmation")
                .build();
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBytes.of(jsonBody.getBytes(StandardCharsets.UTF_8), JSON, true))
                .build();
        return calls.write(
                shop,
                AmazonProperties.CONFIRM_SHIPMENT,
                "confirmShipment for order " + orderId,
                withToken(shop, request));
    }

    @Override
    public CircuitBreaker.State circuitState() {
        return calls.circuitState();
    }

    /** Forgets every cached access token (a credential change, or tests). */
    public void forgetTokens() {
        tokens.clear();
    }

    // one attempt

    /**
     * One attempt: the request with the shop's access token; with a fresh one when Amazon refuses a
     * cached token (revoked, or a restarted sandbox), once. Each request takes its own call from the quota.
     */
    private PlatformCall.Attempt<AmazonResponse> withToken(ShopAccess shop, Request request) {
        return metered -> {
            AccessToken token = accessToken(shop, null);
            AmazonResponse response = metered.send(() -> call(request, token));
            if (response.status() == 403 && token.cached()) {
                AccessToken fresh = accessToken(shop, token);
                response = metered.send(() -> call(request, fresh));
            }
            return response;
        };
    }

    private AmazonResponse call(Request request, AccessToken token) throws IOException {
        Request signed = request.newBuilder()
                .header("x-amz-access-token", token.value())
                .header("x-amz-date", AMZ_DATE.format(clock.instant()))
                .header("user-agent", properties.calls().userAgent())
                .header("accept", "application/json")
                .build();
        try (Response response = http.newCall(signed).execute()) {
            String body = response.body().string();
            return new AmazonResponse(
                    response.code(),
                    body,
                    response.header("x-amzn-RequestId"),
                    rate(response.header(RATE_LIMIT_HEADER)));
        }
    }

    // Login with Amazon

    /**
     * A valid access token for the shop: the cached one, or a fresh one when none is cached, it is
     * about to expire, or it is {@code rejected}.
     */
    private AccessToken accessToken(ShopAccess shop, AccessToken rejected) {
        TokenKey key = TokenKey.of(shop);
        AccessToken cached = tokens.get(key);
        if (cached != null && !cached.sameValue(rejected) && cached.validAt(clock.instant())) {
            return cached.asCached();
        }
        synchronized (tokenLocks.computeIfAbsent(key, k -> new Object())) {
            cached = tokens.get(key);
            if (cached != null && !cached.sameValue(rejected) && cached.validAt(clock.instant())) {
                return cached.asCached();
            }
            AccessToken fresh = refresh(shop);
            tokens.put(key, fresh);
            return fresh;
        }
    }

    private AccessToken refresh(ShopAccess shop) {
        if (shop.authEndpoint() == null || shop.authEndpoint().isBlank()) {
            throw new ChannelException(
                    ChannelException.Kind.UNAUTHORIZED, "shop " + shop.shopId() + " has no Login with Amazon endpoint");
        }
        RequestBody form = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("refresh_token", shop.credential("refreshToken"))
                .add("client_id", shop.credential("clientId"))
                .add("client_secret", shop.credential("clientSecret"))
                .build();
        HttpUrl url = HttpUrl.parse(shop.authEndpoint());
        if (url == null) {
            throw new ChannelException(
                    ChannelException.Kind.UNAUTHORIZED,
                    "shop " + shop.shopId() + " has an invalid Login with Amazon endpoint");
        }
        Request request = new Request.Builder()
                .url(url)
                .post(form)
                .header("user-agent", properties.calls().userAgent())
                .header("accept", "application/json")
                .build();
        Instant requestedAt = clock.instant();
        AmazonResponse response;
        try {
            response = calls.retried(() -> {
                try (Response r = http.newCall(request).execute()) {
                    return new AmazonResponse(r.code(), r.body().string(), r.header("x-amzn-RequestId"));
                }
            });
        } catch (IOException e) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE,
                    "Login with Amazon got no answer for shop " + shop.shopId() + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
        return token(shop, response, requestedAt);
    }

    private AccessToken token(ShopAccess shop, AmazonResponse response, Instant requestedAt) {
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (JacksonException e) {
            body = null;
        }
        if (response.isSuccessful() && body != null && body.path("access_token").isString()) {
            long expiresIn = body.path("expires_in").asLong(3600);
            return new AccessToken(body.path("access_token").stringValue(), requestedAt.plusSeconds(expiresIn), false);
        }
        String error = body == null ? "" : body.path("error").asString("");
        String description = body == null ? "" : body.path("error_description").asString("");
        ChannelException.Kind kind = response.status() == 429
                ? ChannelException.Kind.THROTTLED
                : response.status() >= 500 || response.isSuccessful()
                        ? ChannelException.Kind.UNAVAILABLE
                        : ChannelException.Kind.UNAUTHORIZED;
        throw new ChannelException(
                kind,
                "Login with Amazon refused the token refresh for shop " + shop.shopId()
                        + ": " + response.status() + " " + (error.isEmpty() ? "(no error code)" : error)
                        + (description.isEmpty() ? "" : " - " + description));
    }

    // plumbing

    private static HttpUrl baseUrl(ShopAccess shop) {
        return PlatformHttp.endpoint(shop, "SP-API endpoint");
    }

    /** The rate Amazon announced, or null when the header is missing or unreadable. */
    private static Double rate(String header) {
        if (header == null) {
            return null;
        }
        try {
            double rate = Double.parseDouble(header.trim());
            return rate > 0 && !Double.isInfinite(rate) ? rate : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Which token a shop uses: a credential change gets a new token. {@code toString} hides secrets. */
    private record TokenKey(long shopId, String authEndpoint, String clientId, String refreshToken) {
        static TokenKey of(ShopAccess shop) {
            return new TokenKey(
                    shop.shopId(), shop.authEndpoint(), shop.credential("clientId"), shop.credential("refreshToken"));
        }

        @Override
        public String toString() {
            return "TokenKey[shopId=" + shopId + "]";
        }
    }

    /** An LWA access token; {@code cached} marks one served from the cache rather than just fetched. */
    private record AccessToken(String value, Instant expiresAt, boolean cached) {
        boolean validAt(Instant now) {
            return now.isBefore(expiresAt.minus(TOKEN_REFRESH_MARGIN));
        }

        AccessToken asCached() {
            return new AccessToken(value, expiresAt, true);
        }

        boolean sameValue(AccessToken other) {
            return other != null && other.value.equals(value);
        }

        @Override
        public String toString() {
            return "AccessToken[expiresAt=" + expiresAt + "]";
        }
    }
}
