package io.junction.connectors.aliexpress;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import io.junction.connectors.aliexpress.dto.AliExpressResponse;
import io.junction.connectors.kit.NoAnswerException;
import io.junction.connectors.kit.PlatformCall;
import io.junction.connectors.kit.PlatformClient;
import io.junction.connectors.kit.PlatformHttp;
import io.junction.connectors.kit.QuotaKeys;
import io.junction.connectors.kit.RequestBytes;
import io.junction.ratelimit.CallQuota;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the IOP gateway: system parameters, HMAC-SHA256 signatures, time-outs and retries. It
 * knows nothing of orders; the translator reads the bodies it returns.
 *
 * <p>Every call is a form POST to the shop's gateway URL ({@code ShopAccess.endpoint}, e.g.
 * {@code https://api-sg.aliexpress.com/sync}) carrying {@code app_key, method, session, timestamp,
 * sign_method=sha256, format=json, simplify=false}, the business parameters and {@code sign}. Each
 * attempt is signed afresh (new timestamp).
 *
 * <p>Retry policy: the throttling error (code {@code 7} "App Call Limited") and 5xx are retried
 * with exponential back-off and jitter; a throttled attempt waits at least the ban's "N more
 * seconds" (up to {@code maxBanWait}). Writes go through an OkHttp client with
 * {@code retryOnConnectionFailure(false)} and a one-shot body. Rate limits, the circuit breaker, and
 * the rule that a write which may have reached AliExpress is never resent ({@link NoAnswerException})
 * are {@link PlatformCall}'s: the quota bucket is keyed by a fingerprint of the app key and the
 * shop's session, on {@link AliExpressProperties#usagePlans()}.
 *
 * <p>Credentials ({@code appKey, appSecret, accessToken}) are never logged nor put in a message.
 */
public class AliExpressClient implements PlatformClient {

    /** AliExpress's platform code, as shops store it: the seller account's calls are counted under it. */
    static final String PLATFORM = "ALIEXPRESS";

    // the gateway's method names, which the simulator answers too
    public static final String ORDER_LIST = "aliexpress.solution.order.get";
    public static final String ORDER_INFO = "aliexpress.solution.order.info.get";
    public static final String FULFILL = "aliexpress.solution.order.fulfill";
    public static final String MODIFY_SHIPMENT = "aliexpress.logistics.sellermodifiedshipmentfortop";
    /** The seller's disputes (issues), a page at a time ({@code query_dto}); see the README for its sources. */
    public static final String ISSUE_LIST = "aliexpress.issue.issuelist.get";
    /** One dispute with the buyer's, the seller's and the platform's solutions ({@code issue_id}). */
    public static final String ISSUE_DETAIL = "aliexpress.issue.detail.get";

    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded; charset=utf-8");

    private final AliExpressProperties properties;
    private final OkHttpClient http;
    private final OkHttpClient writeHttp;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final PlatformCall<AliExpressResponse> calls;

    public AliExpressClient(AliExpressProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = PlatformCall.withTimeouts(http, properties.calls());
        this.writeHttp = this.http.newBuilder().retryOnConnectionFailure(false).build();
        this.calls = PlatformCall.<AliExpressResponse>builder("aliexpress", "AliExpress")
                .status(AliExpressResponse::status)
                .retryWhen(r -> r.status() >= 500 || banSeconds(r) != null)
                .pause(this::waitMillis)
                .settings(properties.calls(), quota, QuotaKeys.bySellerAccount(PLATFORM, "appKey", "accessToken"))
                .describeFailure(
                        e -> e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()))
                .clock(clock)
                .build();
    }

    /**
     * {@code aliexpress.solution.order.get}: the last answer after retries, whatever it says.
     *
     * @throws ChannelException UNAVAILABLE when no answer came after every attempt
     */
    public AliExpressResponse orderList(ShopAccess shop, String param0) {
        return read(shop, ORDER_LIST, Map.of("param0", param0));
    }

    /** {@code aliexpress.solution.order.info.get} for one order ({@code param1 = {"order_id":…}}). */
    public AliExpressResponse orderInfo(ShopAccess shop, String param1) {
        return read(shop, ORDER_INFO, Map.of("param1", param1));
    }

    /** {@code aliexpress.issue.issuelist.get}: one page of the seller's disputes ({@code query_dto} JSON). */
    public AliExpressResponse issueList(ShopAccess shop, String queryDto) {
        return read(shop, ISSUE_LIST, Map.of("query_dto", queryDto));
    }

    /** {@code aliexpress.issue.detail.get} for one dispute; the buyer's login id is sent when the list named it. */
    public AliExpressResponse issueDetail(ShopAccess shop, String issueId, String buyerLoginId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("issue_id", issueId);
        if (buyerLoginId != null) {
            parameters.put("buyer_login_id", buyerLoginId);
        }
        return read(shop, ISSUE_DETAIL, parameters);
    }

    /**
     * {@code aliexpress.solution.order.fulfill}: the last answer after retries.
     *
     * @throws NoAnswerException when the request may have reached AliExpress but no answer came back
     */
    public AliExpressResponse fulfill(ShopAccess shop, Map<String, String> parameters) {
        return write(shop, FULFILL, parameters);
    }

    /** {@code aliexpress.logistics.sellermodifiedshipmentfortop}, sent like {@link #fulfill}. */
    public AliExpressResponse modifyShipment(ShopAccess shop, Map<String, String> parameters) {
        return write(shop, MODIFY_SHIPMENT, parameters);
    }

    /**
     * The IOP signature: every parameter but {@code sign}, sorted by name, concatenated as
     * {@code name1value1name2value2…}, HMAC-SHA256 keyed with the app secret, uppercase hex. (Path
     * APIs under {@code /rest} prefix the path; the {@code /sync} gateway does not.)
     */
    public static String sign(Map<String, String> parameters, String appSecret) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!"sign".equals(name)) {
                text.append(name).append(value);
            }
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The parameters of one attempt, system parameters first, signed. */
    Map<String, String> signedParameters(ShopAccess shop, String method, Map<String, String> business) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("app_key", shop.credential("appKey"));
        parameters.put("method", method);
        parameters.put("session", shop.credential("accessToken"));
        parameters.put("timestamp", Long.toString(clock.millis()));
        parameters.put("sign_method", "sha256");
        parameters.put("format", "json");
        parameters.put("simplify", "false");
        parameters.putAll(new TreeMap<>(business));
        parameters.put("sign", sign(parameters, shop.credential("appSecret")));
        return parameters;
    }

    /**
     * The seconds a throttling answer asks us to wait ({@code sub_msg} "This ban will last for N more
     * seconds"; 0 when it names none), or null when the answer is not the throttling error.
     */
    Long banSeconds(AliExpressResponse response) {
        String body = response.body();
        if (body == null || !body.contains("error_response")) {
            return null;
        }
        JsonNode error;
        try {
            JsonNode root = json.readTree(body);
            error = root == null ? null : root.get("error_response");
        } catch (JacksonException e) {
            return null;
        }
        if (error == null
                || !properties.throttleCode().equals(error.path("code").asString(""))) {
            return null;
        }
        Matcher ban = properties.banPattern().matcher(error.path("sub_msg").asString(""));
        return ban.find() ? Long.parseLong(ban.group(1)) : 0L;
    }

    /**
     * How long to wait before attempt {@code attempt + 1}: exponential back-off with jitter, and at
     * least the ban a throttling answer names, never more than {@code maxBanWait} for a ban.
     */
    long waitMillis(int attempt, AliExpressResponse lastAnswer) {
        long backoff = PlatformCall.backoff(properties.calls()).apply(attempt);
        Long ban = lastAnswer == null ? null : banSeconds(lastAnswer);
        if (ban == null) {
            return backoff;
        }
        return Math.min(
                Math.max(backoff, ban * 1000L), Math.max(properties.maxBanWait().toMillis(), 1L));
    }

    // one call

    private AliExpressResponse read(ShopAccess shop, String method, Map<String, String> business) {
        HttpUrl url = gateway(shop);
        return calls.read(shop, method, () -> send(http, url, shop, method, business, false));
    }

    private AliExpressResponse write(ShopAccess shop, String method, Map<String, String> business) {
        HttpUrl url = gateway(shop);
        return calls.write(shop, method, method, () -> send(writeHttp, url, shop, method, business, true));
    }

    /** One attempt: the business parameters signed at this moment, posted as a form. */
    private AliExpressResponse send(
            OkHttpClient client,
            HttpUrl url,
            ShopAccess shop,
            String method,
            Map<String, String> business,
            boolean oneShot)
            throws IOException {
        FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
        signedParameters(shop, method, business).forEach(form::add);
        RequestBody body = form.build();
        if (oneShot) {
            body = RequestBytes.oneShot(body, FORM);
        }
        return PlatformHttp.post(client, url, body, properties.calls().userAgent(), AliExpressResponse::new);
    }

    private static HttpUrl gateway(ShopAccess shop) {
        return PlatformHttp.endpoint(shop, "AliExpress gateway URL");
    }

    @Override
    public CircuitBreaker.State circuitState() {
        return calls.circuitState();
    }
}
