package io.junction.connectors.aliexpress;

import io.github.resilience4j.core.IntervalBiFunction;
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
import io.junction.connectors.aliexpress.dto.AliExpressResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
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
 * seconds" (up to {@code maxBanWait}). A read whose connection drops is retried too. A write is
 * resent only when the connection could not even be opened; once it may have reached AliExpress, a
 * lost answer is a {@link NoAnswerException}. Writes go through an OkHttp client with
 * {@code retryOnConnectionFailure(false)} and a one-shot body, so OkHttp cannot resend them either.
 *
 * <p>Credentials ({@code appKey, appSecret, accessToken}) are never logged nor put in a message.
 *
 * <p>Rate limits: every attempt, retries included, first takes a call from the seller account's
 * shared bucket for its method ({@link CallQuota}, keyed by a fingerprint of the app key and the
 * shop's session, never a secret), on {@link AliExpressProperties#usagePlans()}. A call the bucket cannot
 * grant in time is not sent ({@link QuotaExhaustedException}, THROTTLED).
 *
 * <p>Circuit breaker: one per client, i.e. per platform. When at least half of the last
 * {@value #CIRCUIT_WINDOW} calls (after their retries) ended in 5xx or no answer, it opens for
 * {@link #CIRCUIT_OPEN_FOR}: reads then fail fast with UNAVAILABLE "circuit open" and writes are not
 * sent; then a few trial calls decide whether it closes.
 */
public class AliExpressClient {

    static final int CIRCUIT_WINDOW = 10;
    static final Duration CIRCUIT_OPEN_FOR = Duration.ofSeconds(30);

    static final String ORDER_LIST = "aliexpress.solution.order.get";
    static final String ORDER_INFO = "aliexpress.solution.order.info.get";
    static final String FULFILL = "aliexpress.solution.order.fulfill";
    static final String MODIFY_SHIPMENT = "aliexpress.logistics.sellermodifiedshipmentfortop";

    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded; charset=utf-8");

    private final AliExpressProperties properties;
    private final OkHttpClient http;
    private final OkHttpClient writeHttp;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Retry readRetry;
    private final CallQuota quota;
    private final CircuitBreaker circuit;
    private final Retry writeRetry;

    public AliExpressClient(AliExpressProperties properties, OkHttpClient http, Clock clock, CallQuota quota) {
        this.quota = Objects.requireNonNull(quota, "quota");
        this.circuit = CircuitBreaker.of("aliexpress", CircuitBreakerConfig.custom()
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
                .build();
        this.writeHttp = this.http.newBuilder().retryOnConnectionFailure(false).build();
        Predicate<AliExpressResponse> throttledOrFailed = r -> r.status() >= 500 || banSeconds(r) != null;
        this.readRetry = Retry.of("aliexpress-read", RetryConfig.<AliExpressResponse>custom()
                .maxAttempts(properties.maxAttempts())
                .intervalBiFunction(interval())
                .retryOnResult(throttledOrFailed)
                .retryExceptions(IOException.class)
                .build());
        this.writeRetry = Retry.of("aliexpress-write", RetryConfig.<AliExpressResponse>custom()
                .maxAttempts(properties.maxAttempts())
                .intervalBiFunction(interval())
                .retryOnResult(throttledOrFailed)
                .retryOnException(AliExpressClient::neverSent)
                .build());
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
        if (error == null || !properties.throttleCode().equals(error.path("code").asString(""))) {
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
        long backoff = IntervalFunction.ofExponentialRandomBackoff(
                properties.initialBackoff(), 2.0, 0.5, properties.maxBackoff()).apply(attempt);
        Long ban = lastAnswer == null ? null : banSeconds(lastAnswer);
        if (ban == null) {
            return backoff;
        }
        return Math.min(Math.max(backoff, ban * 1000L), Math.max(properties.maxBanWait().toMillis(), 1L));
    }

    // one call

    private AliExpressResponse read(ShopAccess shop, String method, Map<String, String> business) {
        HttpUrl url = gateway(shop);
        try {
            return guarded(method, () -> withRetry(readRetry, () -> {
                acquire(shop, method);
                return send(http, url, new FormBody.Builder(StandardCharsets.UTF_8),
                        signedParameters(shop, method, business), false);
            }));
        } catch (IOException e) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE,
                    method + " got no answer after " + properties.maxAttempts() + " attempts: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    private AliExpressResponse write(ShopAccess shop, String method, Map<String, String> business) {
        HttpUrl url = gateway(shop);
        try {
            return guarded(method, () -> withRetry(writeRetry, () -> {
                acquire(shop, method);
                return send(writeHttp, url, new FormBody.Builder(StandardCharsets.UTF_8),
                        signedParameters(shop, method, business), true);
            }));
        } catch (IOException e) {
            throw new NoAnswerException(!neverSent(e), method + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    private AliExpressResponse send(OkHttpClient client, HttpUrl url, FormBody.Builder form,
            Map<String, String> parameters, boolean oneShot) throws IOException {
        parameters.forEach(form::add);
        RequestBody body = form.build();
        if (oneShot) {
            body = new OneShotBody(body);
        }
        Request request = new Request.Builder()
                .url(url)
                .post(body)
                .header("user-agent", properties.userAgent())
                .header("accept", "application/json")
                .build();
        try (Response response = client.newCall(request).execute()) {
            return new AliExpressResponse(response.code(), response.body().string());
        }
    }

    private IntervalBiFunction<AliExpressResponse> interval() {
        return (attempt, last) -> waitMillis(attempt, last.isRight() ? last.get() : null);
    }

    private static HttpUrl gateway(ShopAccess shop) {
        HttpUrl url = shop.endpoint() == null ? null : HttpUrl.parse(shop.endpoint());
        if (url == null) {
            throw new ChannelException(ChannelException.Kind.INVALID_REQUEST,
                    "shop " + shop.shopId() + " has an invalid AliExpress gateway URL");
        }
        return url;
    }

    /** True when the failure happened before a byte of the request could reach AliExpress. */
    private static boolean neverSent(Throwable failure) {
        return failure instanceof ConnectException
                || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException;
    }

    private static AliExpressResponse withRetry(Retry retry, IoCall call) throws IOException {
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
        quota.acquire(new QuotaKey(AliExpressConnector.PLATFORM, account, method), properties.usagePlans().plan(method));
    }

    /**
     * One call under the circuit: refused at once while it is open; 5xx and no answer count as
     * failures, any other answer as a success, and a call that was never sent counts as nothing.
     */
    private AliExpressResponse guarded(String method, IoCall call) throws IOException {
        if (!circuit.tryAcquirePermission()) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, "circuit open: AliExpress failed repeatedly, "
                    + method + " not sent; the circuit tries again after " + CIRCUIT_OPEN_FOR);
        }
        long start = circuit.getCurrentTimestamp();
        try {
            AliExpressResponse response = call.execute();
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
        AliExpressResponse execute() throws IOException;
    }

    /**
     * The request may have reached AliExpress but no answer came back (time-out, reset).
     *
     * @see #sent()
     */
    public static final class NoAnswerException extends RuntimeException {
        private final boolean sent;

        NoAnswerException(boolean sent, String message, Throwable cause) {
            super(message, cause);
            this.sent = sent;
        }

        /** False when the connection could not even be opened: AliExpress certainly did nothing. */
        public boolean sent() {
            return sent;
        }
    }

    /**
     * A form body OkHttp must never resend by itself: its transparent retry on a failed connection
     * would turn a lost answer into a second shipment declaration.
     */
    private static final class OneShotBody extends RequestBody {
        private final byte[] bytes;

        OneShotBody(RequestBody form) throws IOException {
            Buffer buffer = new Buffer();
            form.writeTo(buffer);
            this.bytes = buffer.readByteArray();
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
            return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(bytes);
        }
    }
}
