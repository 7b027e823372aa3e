package io.junction.connectors.jd;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.QuotaExhaustedException;
import io.junction.ratelimit.QuotaKey;
import io.junction.connectors.jd.dto.JdCall;
import io.junction.connectors.jd.dto.JdResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
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
 * exponential back-off and jitter (JD did nothing). A read whose connection drops or times out is
 * retried too. A write is resent only when the connection could not even be opened; once the
 * request may have reached JD, a lost answer is reported as {@link NoAnswerException} and never
 * resent, neither by us nor by OkHttp (one-shot body, no retry on connection failure).
 *
 * <p>The app secret and access token are never logged nor put into an exception message.
 *
 * <p>Rate limits: every attempt, retries included, first takes a call from the seller account's
 * shared bucket for its method ({@link CallQuota}, keyed by a fingerprint of the app key and the
 * shop's session, never a secret), on {@link JdProperties#usagePlans()}. A call the bucket cannot
 * grant in time is not sent ({@link QuotaExhaustedException}, THROTTLED).
 *
 * <p>Circuit breaker: one per client, i.e. per platform. When at least half of the last
 * {@value #CIRCUIT_WINDOW} calls (after their retries) ended in 5xx or no answer, it opens for
 * {@link #CIRCUIT_OPEN_FOR}: reads then fail fast with UNAVAILABLE "circuit open" and writes are not
 * sent; then a few trial calls decide whether it closes.
 */
public class JdClient {

    static final int CIRCUIT_WINDOW = 10;
    static final Duration CIRCUIT_OPEN_FOR = Duration.ofSeconds(30);

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
    private final Retry readRetry;
    private final CallQuota quota;
    private final CircuitBreaker circuit;
    private final Retry writeRetry;

    public JdClient(JdProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        this.quota = Objects.requireNonNull(quota, "quota");
        this.circuit = CircuitBreaker.of("jd", CircuitBreakerConfig.custom()
                .slidingWindowSize(CIRCUIT_WINDOW)
                .minimumNumberOfCalls(CIRCUIT_WINDOW / 2)
                .failureRateThreshold(50)
                .waitDurationInOpenState(CIRCUIT_OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(2)
                .clock(clock)
                .build());
        this.properties = Objects.requireNonNull(properties, "properties");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = http.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.readTimeout())
                .writeTimeout(properties.readTimeout())
                .retryOnConnectionFailure(false)
                .build();
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                properties.initialBackoff(), 2.0, 0.5, properties.maxBackoff());
        Predicate<JdResponse> throttledOrFailed = this::throttledOrFailed;
        this.readRetry = Retry.of("jd-read", RetryConfig.<JdResponse>custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(backoff)
                .retryOnResult(throttledOrFailed)
                .retryExceptions(IOException.class)
                .build());
        this.writeRetry = Retry.of("jd-write", RetryConfig.<JdResponse>custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(backoff)
                .retryOnResult(throttledOrFailed)
                .retryOnException(JdClient::neverSent)
                .build());
    }

    /**
     * A read-only gateway call (enSearch, enGet): the last answer after retries, whatever it says.
     *
     * @throws ChannelException UNAVAILABLE when no answer came after every attempt
     */
    public JdResponse read(ShopAccess shop, JdCall call) {
        try {
            return guarded(call.method(), () -> withRetry(readRetry, () -> {
                acquire(shop, call.method());
                return send(shop, call, false);
            }));
        } catch (IOException e) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE,
                    call.method() + " got no answer after " + properties.maxAttempts() + " attempts: " + e, e);
        }
    }

    /**
     * A gateway call that changes something (shipment): the last answer after retries.
     *
     * @throws NoAnswerException when the request may have reached JD but no answer came back, or
     *     JD could not be reached at all ({@link NoAnswerException#sent()} says which)
     */
    public JdResponse write(ShopAccess shop, JdCall call) {
        try {
            return guarded(call.method(), () -> withRetry(writeRetry, () -> {
                acquire(shop, call.method());
                return send(shop, call, true);
            }));
        } catch (IOException e) {
            throw new NoAnswerException(!neverSent(e), call.method() + ": " + e, e);
        }
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
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
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
        Request request = new Request.Builder()
                .url(url.build())
                .post(new FormBody(form, oneShot))
                .header("user-agent", properties.userAgent())
                .header("accept", "application/json")
                .build();
        try (Response response = http.newCall(request).execute()) {
            return new JdResponse(response.code(), response.body().string());
        }
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
        HttpUrl url = shop.endpoint() == null ? null : HttpUrl.parse(shop.endpoint());
        if (url == null) {
            throw new ChannelException(ChannelException.Kind.INVALID_REQUEST,
                    "shop " + shop.shopId() + " has an invalid JD gateway URL");
        }
        return url;
    }

    /** True when the failure happened before a byte of the request could reach JD. */
    private static boolean neverSent(Throwable failure) {
        return failure instanceof ConnectException
                || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException;
    }

    private static JdResponse withRetry(Retry retry, IoCall call) throws IOException {
        try {
            return retry.executeCheckedSupplier(call::execute);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform's circuit: CLOSED, OPEN (calls fail fast) or HALF_OPEN (trial calls). */
    public CircuitBreaker.State circuitState() {
        return circuit.getState();
    }

    private void acquire(ShopAccess shop, String method) {
        String session = shop.credential("accessToken");
        String account = session == null || session.isBlank()
                ? "shop-" + shop.shopId()
                : QuotaKey.fingerprint(shop.credential("appKey"), shop.credential("accessToken"));
        quota.acquire(new QuotaKey(JdConnector.PLATFORM, account, method), properties.usagePlans().plan(method));
    }

    /**
     * One call under the circuit: refused at once while it is open; 5xx and no answer count as
     * failures, any other answer as a success, and a call that was never sent counts as nothing.
     */
    private JdResponse guarded(String method, IoCall call) throws IOException {
        if (!circuit.tryAcquirePermission()) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, "circuit open: JD failed repeatedly, "
                    + method + " not sent; the circuit tries again after " + CIRCUIT_OPEN_FOR);
        }
        long start = circuit.getCurrentTimestamp();
        try {
            JdResponse response = call.execute();
            long duration = circuit.getCurrentTimestamp() - start;
            if (response.status() >= 500) {
                circuit.onError(duration, circuit.getTimestampUnit(), new IOException(method + " answered " + response.status()));
            } else {
                circuit.onSuccess(duration, circuit.getTimestampUnit());
            }
            return response;
        } catch (IOException e) {
            circuit.onError(circuit.getCurrentTimestamp() - start, circuit.getTimestampUnit(), e);
            throw e;
        } catch (RuntimeException e) {
            circuit.releasePermission();
            throw e;
        }
    }

    @FunctionalInterface
    private interface IoCall {
        JdResponse execute() throws IOException;
    }

    /**
     * The request may have reached JD but no answer came back (time-out, reset).
     *
     * @see #sent()
     */
    public static final class NoAnswerException extends RuntimeException {
        private final boolean sent;

        NoAnswerException(boolean sent, String message, Throwable cause) {
            super(message, cause);
            this.sent = sent;
        }

        /** False when the connection could not even be opened: JD certainly did nothing. */
        public boolean sent() {
            return sent;
        }
    }

    /**
     * The {@code 360buy_param_json} form. A write's body is one-shot: OkHttp must never resend it by
     * itself, since a lost answer resent would be a second shipment.
     */
    private static final class FormBody extends RequestBody {
        private final byte[] bytes;
        private final boolean oneShot;

        FormBody(byte[] bytes, boolean oneShot) {
            this.bytes = bytes;
            this.oneShot = oneShot;
        }

        @Override
        public MediaType contentType() {
            return FORM;
        }

        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public boolean isOneShot() {
            return oneShot;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(bytes);
        }
    }
}
