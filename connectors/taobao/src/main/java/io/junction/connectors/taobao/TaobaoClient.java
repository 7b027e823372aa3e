package io.junction.connectors.taobao;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import io.junction.connectors.kit.NoAnswerException;
import io.junction.connectors.kit.PlatformCall;
import io.junction.connectors.kit.PlatformClient;
import io.junction.connectors.kit.PlatformHttp;
import io.junction.connectors.kit.QuotaKeys;
import io.junction.connectors.kit.RequestBytes;
import io.junction.connectors.taobao.dto.TaobaoError;
import io.junction.connectors.taobao.dto.TaobaoResponse;
import io.junction.ratelimit.CallQuota;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/**
 * HTTP to the TOP gateway: system parameters, signature, time-outs and retries. It knows nothing
 * of orders; the translator reads the bodies it returns. {@code ShopAccess.endpoint} is the full
 * gateway URL ({@code https://eco.taobao.com/router/rest} or a simulator's).
 *
 * <p>Retry policy: "App Call Limited" (code 7) is retried after the ban TOP names ("This ban will
 * last for N more seconds") when it is no longer than {@code maxBanWait}, else with exponential
 * back-off and jitter; 5xx and (on reads) {@code isp.*} faults and dropped connections are retried
 * with back-off. A write is resent only when TOP certainly did nothing: a throttled or 5xx answer,
 * or a connection that could not even be opened; its HTTP client does not retry on connection
 * failure either. Rate limits, the circuit breaker, and the rule that a write which may have reached
 * TOP is never resent ({@link NoAnswerException}) are {@link PlatformCall}'s: the quota bucket is keyed
 * by a fingerprint of the app key and the shop's session, on {@link TaobaoProperties#usagePlans()}.
 *
 * <p>The app secret and session are never logged nor put into an exception message.
 */
public class TaobaoClient implements PlatformClient {

    /** Taobao's platform code, as shops store it: the seller account's calls are counted under it. */
    static final String PLATFORM = "TAOBAO";

    /** TOP's credential keys in {@link ShopAccess#credentials()}. */
    public static final String APP_KEY = "appKey";

    public static final String APP_SECRET = "appSecret";
    public static final String SESSION = "session";
    public static final String SIGN_METHOD = "signMethod";

    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("GMT+8"));
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded;charset=utf-8");

    private final TaobaoProperties properties;
    private final OkHttpClient readHttp;
    private final OkHttpClient writeHttp;
    private final Clock clock;
    private final TaobaoTranslator translator = new TaobaoTranslator();
    private final PlatformCall<TaobaoResponse> calls;

    public TaobaoClient(TaobaoProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.readHttp = PlatformCall.withTimeouts(http, properties.calls());
        this.writeHttp = readHttp.newBuilder().retryOnConnectionFailure(false).build();
        IntervalFunction backoff = PlatformCall.backoff(properties.calls());
        this.calls = PlatformCall.<TaobaoResponse>builder("taobao", "TOP")
                .status(TaobaoResponse::status)
                .retryWhen(r -> r.status() >= 500 || waitableBan(r) || platformFault(r))
                .retryWritesWhen(r -> r.status() >= 500 || waitableBan(r))
                .pause((attempt, lastAnswer) -> pause(backoff, attempt, lastAnswer))
                .settings(properties.calls(), quota, QuotaKeys.bySellerAccount(PLATFORM, APP_KEY, SESSION))
                .clock(clock)
                .build();
    }

    /**
     * Calls a read method ({@code taobao.trades.sold.increment.get}, {@code taobao.trade.fullinfo.get}):
     * the last answer after retries, whatever it says.
     *
     * @throws ChannelException UNAVAILABLE when no answer came after every attempt; UNAUTHORIZED
     *     when the shop's credentials are incomplete
     */
    public TaobaoResponse read(ShopAccess shop, String method, Map<String, String> parameters) {
        HttpUrl url = gateway(shop);
        return calls.read(shop, method, () -> send(readHttp, url, signedForm(shop, method, parameters), false));
    }

    /**
     * Calls a write method ({@code taobao.logistics.offline.send}): the last answer after retries.
     *
     * @throws NoAnswerException when the request may have reached TOP but no answer came back
     * @throws ChannelException when the shop's credentials are incomplete (nothing was sent)
     */
    public TaobaoResponse write(ShopAccess shop, String method, Map<String, String> parameters) {
        HttpUrl url = gateway(shop);
        return calls.write(
                shop, method, method, () -> send(writeHttp, url, signedForm(shop, method, parameters), true));
    }

    /**
     * TOP's signature of {@code parameters} (every one but {@code sign}): the names sorted, each
     * name followed by its value; {@code md5} hashes {@code secret + that + secret}, {@code hmac}
     * is HMAC-MD5 and {@code hmac-sha256} HMAC-SHA256 keyed with the secret; uppercase hex.
     */
    public static String sign(Map<String, String> parameters, String secret, String signMethod) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!"sign".equals(name) && value != null && !value.isEmpty()) {
                text.append(name).append(value);
            }
        });
        byte[] bytes;
        try {
            switch (signMethod) {
                case "md5" ->
                    bytes = MessageDigest.getInstance("MD5")
                            .digest((secret + text + secret).getBytes(StandardCharsets.UTF_8));
                case "hmac" -> bytes = mac("HmacMD5", secret, text.toString());
                case "hmac-sha256" -> bytes = mac("HmacSHA256", secret, text.toString());
                default -> throw new IllegalArgumentException("unsupported sign_method '" + signMethod + "'");
            }
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("cannot sign with " + signMethod, e);
        }
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static byte[] mac(String algorithm, String secret, String text)
            throws NoSuchAlgorithmException, InvalidKeyException {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    // one attempt

    /**
     * The form of one attempt: system parameters with a fresh timestamp, the method's parameters,
     * and the signature. Built per attempt, so that a retry after a long ban is not refused for
     * its timestamp.
     */
    Map<String, String> signedForm(ShopAccess shop, String method, Map<String, String> parameters) {
        String signMethod = signMethod(shop);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("method", method);
        form.put("app_key", shop.credential(APP_KEY));
        form.put("session", shop.credential(SESSION));
        form.put("timestamp", TIMESTAMP.format(clock.instant()));
        form.put("format", "json");
        form.put("v", "2.0");
        form.put("sign_method", signMethod);
        parameters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                form.put(name, value);
            }
        });
        form.put("sign", sign(form, shop.credential(APP_SECRET), signMethod));
        return form;
    }

    private TaobaoResponse send(OkHttpClient http, HttpUrl url, Map<String, String> form, boolean oneShot)
            throws IOException {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        RequestBody bytes = RequestBytes.of(body.toString().getBytes(StandardCharsets.UTF_8), FORM, oneShot);
        return PlatformHttp.post(http, url, bytes, null, TaobaoResponse::new);
    }

    // retries

    private boolean waitableBan(TaobaoResponse response) {
        TaobaoError error = translator.error(response);
        if (error == null || !error.throttled()) {
            return false;
        }
        long ban = error.banSeconds();
        return ban < 0 || ban <= properties.maxBanWait().getSeconds();
    }

    private boolean platformFault(TaobaoResponse response) {
        TaobaoError error = translator.error(response);
        return error != null && error.platformFault();
    }

    /** TOP's ban when it names one (plus a little jitter, so that shops do not return in step), else back-off. */
    private long pause(IntervalFunction backoff, int attempt, TaobaoResponse lastAnswer) {
        if (lastAnswer != null) {
            TaobaoError error = translator.error(lastAnswer);
            if (error != null && error.throttled() && error.banSeconds() >= 0) {
                long jitter = ThreadLocalRandom.current()
                        .nextLong(properties.calls().initialBackoff().toMillis() + 1);
                return error.banSeconds() * 1000 + jitter;
            }
        }
        return backoff.apply(attempt);
    }

    // plumbing

    private static String signMethod(ShopAccess shop) {
        String method = shop.credentials().getOrDefault(SIGN_METHOD, "md5").toLowerCase(Locale.ROOT);
        if (!method.equals("md5") && !method.equals("hmac") && !method.equals("hmac-sha256")) {
            throw new ChannelException(
                    ChannelException.Kind.UNAUTHORIZED,
                    "shop " + shop.shopId() + " has an unsupported signMethod '" + method + "'");
        }
        return method;
    }

    private static HttpUrl gateway(ShopAccess shop) {
        return PlatformHttp.endpoint(shop, "TOP gateway URL");
    }

    @Override
    public CircuitBreaker.State circuitState() {
        return calls.circuitState();
    }
}
