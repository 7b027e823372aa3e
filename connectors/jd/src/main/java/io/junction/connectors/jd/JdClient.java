package io.junction.connectors.jd;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import io.junction.connectors.jd.dto.JdCall;
import io.junction.connectors.jd.dto.JdResponse;
import io.junction.connectors.kit.NoAnswerException;
import io.junction.connectors.kit.PlatformCall;
import io.junction.connectors.kit.PlatformClient;
import io.junction.connectors.kit.PlatformHttp;
import io.junction.connectors.kit.QuotaKeys;
import io.junction.connectors.kit.RequestBytes;
import io.junction.ratelimit.CallQuota;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the JD {@code routerjson} gateway: system parameters, the MD5 signature, time-outs and
 * retries. It knows nothing of orders; the translator reads the bodies it returns.
 *
 * <p>Like JD's own SDK, the system parameters and {@code sign} travel in the query string and
 * {@code 360buy_param_json} in a form body of a POST.
 *
 * <p>Retry policy: HTTP 429 and 5xx, and the gateway's throttling codes, are retried with
 * exponential back-off and jitter (JD did nothing). Rate limits, the circuit breaker, and the rule
 * that a write which may have reached JD is never resent are {@link PlatformCall}'s: the quota bucket
 * is keyed by a fingerprint of the app key and the shop's access token, on
 * {@link JdProperties#usagePlans()}.
 *
 * <p>The app secret and access token are never logged nor put into an exception message.
 */
public class JdClient implements PlatformClient {

    /** JD's platform code, as shops store it: the seller account's calls are counted under it. */
    static final String PLATFORM = "JD";

    /** The API version JOS expects in {@code v}. */
    static final String VERSION = "2.0";

    static final String PARAM_JSON = "360buy_param_json";

    /** JOS timestamps: {@code yyyy-MM-dd HH:mm:ss} in GMT+8. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.ofHours(8));

    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded;charset=UTF-8");

    private final JdProperties properties;
    private final OkHttpClient http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final PlatformCall<JdResponse> calls;

    public JdClient(JdProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = PlatformCall.withTimeouts(http, properties.calls())
                .newBuilder()
                .retryOnConnectionFailure(false)
                .build();
        this.calls = PlatformCall.<JdResponse>builder("jd", "JD")
                .status(JdResponse::status)
                .retryWhen(this::throttledOrFailed)
                .settings(properties.calls(), quota, QuotaKeys.bySellerAccount(PLATFORM, "appKey", "accessToken"))
                .clock(clock)
                .build();
    }

    /**
     * A read-only gateway call (enSearch, enGet): the last answer after retries, whatever it says.
     *
     * @throws ChannelException UNAVAILABLE when no answer came after every attempt
     */
    public JdResponse read(ShopAccess shop, JdCall call) {
        return calls.read(shop, call.method(), () -> send(shop, call, false));
    }

    /**
     * A gateway call that changes something (shipment): the last answer after retries.
     *
     * @throws NoAnswerException when the request may have reached JD but no answer came back, or
     *     JD could not be reached at all ({@link NoAnswerException#sent()} says which)
     */
    public JdResponse write(ShopAccess shop, JdCall call) {
        return calls.write(shop, call.method(), call.method(), () -> send(shop, call, true));
    }

    /**
     * The signed system parameters of one call at {@code now}, {@code sign} last, in the order they
     * are sent: method, app_key, access_token, timestamp, v, sign.
     */
    public Map<String, String> systemParameters(ShopAccess shop, JdCall call, Instant now) {
        Map<String, String> system = new LinkedHashMap<>();
        system.put("method", call.method());
        system.put("app_key", shop.credential("appKey"));
        system.put("access_token", shop.credential("accessToken"));
        system.put("timestamp", TIMESTAMP.format(now));
        system.put("v", VERSION);
        Map<String, String> signed = new LinkedHashMap<>(system);
        signed.put(PARAM_JSON, call.paramJson());
        system.put("sign", sign(signed, shop.credential("appSecret")));
        return system;
    }

    /**
     * JOS's signature: uppercase hex MD5 (UTF-8) of the secret, every parameter but {@code sign}
     * sorted by name as name followed by value (blank values left out), and the secret again.
     */
    public static String sign(Map<String, String> parameters, String secret) {
        StringBuilder text = new StringBuilder(secret);
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("sign") && !name.isBlank() && value != null && !value.isBlank()) {
                text.append(name).append(value);
            }
        });
        text.append(secret);
        try {
            byte[] digest =
                    MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    // one attempt

    private JdResponse send(ShopAccess shop, JdCall call, boolean oneShot) throws IOException {
        HttpUrl gateway = gateway(shop);
        HttpUrl.Builder url = gateway.newBuilder();
        systemParameters(shop, call, clock.instant()).forEach(url::addQueryParameter);
        byte[] form = (PARAM_JSON + "=" + URLEncoder.encode(call.paramJson(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        return PlatformHttp.post(
                http,
                url.build(),
                RequestBytes.of(form, FORM, oneShot),
                properties.calls().userAgent(),
                JdResponse::new);
    }

    private boolean throttledOrFailed(JdResponse response) {
        if (response.status() == 429 || response.status() >= 500) {
            return true;
        }
        String code = gatewayErrorCode(response.body());
        return code != null && properties.throttledCodes().contains(code);
    }

    /** {@code error_response.code} of a gateway refusal, or null. */
    private String gatewayErrorCode(String body) {
        if (body == null || !body.contains("error_response")) {
            return null;
        }
        try {
            JsonNode code = json.readTree(body).path("error_response").path("code");
            return code.isValueNode() ? code.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static HttpUrl gateway(ShopAccess shop) {
        return PlatformHttp.endpoint(shop, "JD gateway URL");
    }

    @Override
    public CircuitBreaker.State circuitState() {
        return calls.circuitState();
    }
}
