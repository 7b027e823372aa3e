package io.junction.connectors.kit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.QuotaExhaustedException;
import io.junction.ratelimit.QuotaKey;
import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * One remote call of a marketplace client, with what every platform needs around it; the client
 * sends the HTTP request and configures what is its platform's own.
 *
 * <p>Rate limits: every request, retries included, first takes a call from the seller account's
 * shared bucket for its operation ({@link CallQuota}, keyed by {@link QuotaKeys}); a call the bucket
 * cannot grant in time is not sent ({@link QuotaExhaustedException}, THROTTLED). A platform that
 * announces its rate in an answer adjusts the bucket ({@link Builder#announcedRate}).
 *
 * <p>Retries: the answers the client names (throttled, 5xx, …) are retried after the client's pause,
 * by default exponential back-off with jitter. A read whose connection drops or times out is retried
 * too. A write is resent only when the connection could not even be opened; once it may have reached
 * the platform, a lost answer is reported as {@link NoAnswerException} and never resent. (The client
 * sends a write's body one-shot, {@link RequestBytes}, so that OkHttp cannot resend it either.)
 *
 * <p>Circuit breaker: one per client, i.e. per platform. When at least half of the last
 * {@value #CIRCUIT_WINDOW} calls (after their retries) ended in 5xx or no answer, it opens for
 * {@link #CIRCUIT_OPEN_FOR}: reads then fail fast with UNAVAILABLE "circuit open" and writes are not
 * sent; then a few trial calls decide whether it closes. A call that was never sent (no call left in
 * the quota, bad credentials) counts as nothing.
 *
 * @param <R> the client's raw answer
 */
public final class PlatformCall<R> {

    public static final int CIRCUIT_WINDOW = 10;
    public static final Duration CIRCUIT_OPEN_FOR = Duration.ofSeconds(30);

    private final String platform;
    private final ToIntFunction<R> status;
    private final Function<R, Double> announcedRate;
    private final CallQuota quota;
    private final QuotaKeys quotaKeys;
    private final UsagePlans plans;
    private final int maxAttempts;
    private final Function<IOException, String> describe;
    private final CircuitBreaker circuit;
    private final Retry readRetry;
    private final Retry writeRetry;

    private PlatformCall(Builder<R> builder) {
        this.platform = builder.platform;
        this.status = Objects.requireNonNull(builder.status, "status");
        this.announcedRate = builder.announcedRate;
        this.quota = Objects.requireNonNull(builder.quota, "quota");
        this.quotaKeys = Objects.requireNonNull(builder.quotaKeys, "quotaKeys");
        this.plans = Objects.requireNonNull(builder.plans, "plans");
        this.maxAttempts = builder.maxAttempts;
        this.describe = builder.describe;
        Clock clock = Objects.requireNonNull(builder.clock, "clock");
        this.circuit = CircuitBreaker.of(
                builder.name,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(CIRCUIT_WINDOW)
                        .minimumNumberOfCalls(CIRCUIT_WINDOW / 2)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(CIRCUIT_OPEN_FOR)
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .clock(clock)
                        .build());
        IntervalFunction backoff = Objects.requireNonNull(builder.backoff, "backoff");
        Pause<R> pause = builder.pause == null ? (attempt, lastAnswer) -> backoff.apply(attempt) : builder.pause;
        IntervalBiFunction<R> waits =
                (attempt, outcome) -> pause.millis(attempt, outcome.isRight() ? outcome.get() : null);
        Predicate<R> retryableRead = Objects.requireNonNull(builder.retryableRead, "retryableRead");
        Predicate<R> retryableWrite = builder.retryableWrite == null ? retryableRead : builder.retryableWrite;
        this.readRetry = retry(
                builder.name + "-read",
                waits,
                config -> config.retryOnResult(retryableRead).retryExceptions(IOException.class));
        this.writeRetry = retry(
                builder.name + "-write",
                waits,
                config -> config.retryOnResult(retryableWrite).retryOnException(PlatformCall::neverSent));
    }

    /** Up to {@link #maxAttempts} attempts, {@code waits} apart, retrying what {@code retries} says. */
    private Retry retry(String name, IntervalBiFunction<R> waits, UnaryOperator<RetryConfig.Builder<R>> retries) {
        return Retry.of(
                name,
                retries.apply(RetryConfig.<R>custom().maxAttempts(maxAttempts).intervalBiFunction(waits))
                        .build());
    }

    /**
     * @param name the circuit's and retries' name ({@code jd} gives {@code jd-read}, {@code jd-write})
     * @param platform the platform as messages name it ("circuit open: JD failed repeatedly")
     */
    public static <R> Builder<R> builder(String name, String platform) {
        return new Builder<>(name, platform);
    }

    /** Exponential back-off from {@code initial}, doubling, with ±50 % jitter, never above {@code max}. */
    public static IntervalFunction backoff(Duration initial, Duration max) {
        return IntervalFunction.ofExponentialRandomBackoff(initial, 2.0, 0.5, max);
    }

    /** {@code http} with the platform's time-outs; writing a body counts as reading, time-wise. */
    public static OkHttpClient withTimeouts(OkHttpClient http, Duration connectTimeout, Duration readTimeout) {
        return http.newBuilder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .build();
    }

    /** The back-off of {@code calls}. */
    public static IntervalFunction backoff(CallSettings calls) {
        return backoff(calls.initialBackoff(), calls.maxBackoff());
    }

    /** {@code http} with the time-outs of {@code calls}. */
    public static OkHttpClient withTimeouts(OkHttpClient http, CallSettings calls) {
        return withTimeouts(http, calls.connectTimeout(), calls.readTimeout());
    }

    /** True when the failure happened before a byte of the request could reach the platform. */
    public static boolean neverSent(Throwable failure) {
        return failure instanceof ConnectException
                || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException;
    }

    /**
     * A read: the last answer after retries, whatever it says; each attempt is one request under the quota.
     *
     * @throws ChannelException UNAVAILABLE when no answer came after every attempt or the circuit is
     *     open; THROTTLED when the quota had no call to spare
     */
    public R read(ShopAccess shop, String operation, Request<R> request) {
        return read(shop, operation, metered -> metered.send(request));
    }

    /** A read whose attempt may send more than one request, each under the quota (see {@link Attempt}). */
    public R read(ShopAccess shop, String operation, Attempt<R> attempt) {
        try {
            return guarded(operation, () -> retried(readRetry, () -> attempt.run(metered(shop, operation))));
        } catch (IOException e) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE,
                    operation + " got no answer after " + maxAttempts + " attempts: " + describe.apply(e),
                    e);
        }
    }

    /**
     * A write: the last answer after retries; each attempt is one request under the quota.
     *
     * @param what the call as the {@link NoAnswerException} names it
     * @throws NoAnswerException when the request may have reached the platform but no answer came
     *     back, or the platform could not be reached at all ({@link NoAnswerException#sent()} says which)
     * @throws ChannelException when nothing was sent: the quota had no call to spare, the circuit is
     *     open, or the client refused the shop's settings
     */
    public R write(ShopAccess shop, String operation, String what, Request<R> request) {
        return write(shop, operation, what, metered -> metered.send(request));
    }

    /** A write whose attempt may send more than one request, each under the quota (see {@link Attempt}). */
    public R write(ShopAccess shop, String operation, String what, Attempt<R> attempt) {
        try {
            return guarded(operation, () -> retried(writeRetry, () -> attempt.run(metered(shop, operation))));
        } catch (IOException e) {
            throw new NoAnswerException(!neverSent(e), what + ": " + describe.apply(e), e);
        }
    }

    /**
     * {@code request} with the read retries alone: no quota, no circuit (a token refresh, which has
     * its own endpoint and limits).
     */
    public R retried(Request<R> request) throws IOException {
        return retried(readRetry, request);
    }

    /** The platform's circuit: CLOSED, OPEN (calls fail fast) or HALF_OPEN (trial calls). */
    public CircuitBreaker.State circuitState() {
        return circuit.getState();
    }

    private Metered<R> metered(ShopAccess shop, String operation) {
        return request -> {
            QuotaKey key = quotaKeys.key(shop, operation);
            UsagePlan plan = plans.plan(operation);
            quota.acquire(key, plan);
            R answer = request.send();
            Double rate = announcedRate == null ? null : announcedRate.apply(answer);
            if (rate != null) {
                quota.adjust(key, plan.withRate(rate));
            }
            return answer;
        };
    }

    /**
     * One call under the circuit: refused at once while it is open; 5xx and no answer count as
     * failures, any other answer as a success, and a call that was never sent counts as nothing.
     */
    private R guarded(String operation, Request<R> call) throws IOException {
        if (!circuit.tryAcquirePermission()) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE,
                    "circuit open: " + platform + " failed repeatedly, " + operation
                            + " not sent; the circuit tries again after " + CIRCUIT_OPEN_FOR);
        }
        long start = circuit.getCurrentTimestamp();
        try {
            R response = call.send();
            long duration = circuit.getCurrentTimestamp() - start;
            int answered = status.applyAsInt(response);
            if (answered >= 500) {
                circuit.onError(
                        duration, circuit.getTimestampUnit(), new IOException(operation + " answered " + answered));
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

    private R retried(Retry retry, Request<R> request) throws IOException {
        try {
            return retry.executeCheckedSupplier(request::send);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP request and its answer. */
    @FunctionalInterface
    public interface Request<R> {
        R send() throws IOException;
    }

    /**
     * One attempt that may send more than one request, e.g. again with a fresh token when the cached
     * one was refused; every request goes through {@code metered}, which first takes a call from the quota.
     */
    @FunctionalInterface
    public interface Attempt<R> {
        R run(Metered<R> metered) throws IOException;
    }

    /** Sends a request under the quota: a call is taken first, the answer may adjust the rate. */
    @FunctionalInterface
    public interface Metered<R> {
        R send(Request<R> request) throws IOException;
    }

    /** How long to wait before attempt {@code attempt + 1}; {@code lastAnswer} is null after a lost connection. */
    @FunctionalInterface
    public interface Pause<R> {
        long millis(int attempt, R lastAnswer);
    }

    /** What a client says of its platform. */
    public static final class Builder<R> {
        private final String name;
        private final String platform;
        private ToIntFunction<R> status;
        private Predicate<R> retryableRead;
        private Predicate<R> retryableWrite;
        private Pause<R> pause;
        private Function<R, Double> announcedRate;
        private CallQuota quota;
        private QuotaKeys quotaKeys;
        private UsagePlans plans;
        private int maxAttempts;
        private IntervalFunction backoff;
        private Function<IOException, String> describe = IOException::toString;
        private Clock clock;

        private Builder(String name, String platform) {
            this.name = Objects.requireNonNull(name, "name");
            this.platform = Objects.requireNonNull(platform, "platform");
        }

        /** The answer's HTTP status: 5xx counts against the circuit. */
        public Builder<R> status(ToIntFunction<R> status) {
            this.status = status;
            return this;
        }

        /** The answers retried, for reads and, unless {@link #retryWritesWhen} says otherwise, for writes. */
        public Builder<R> retryWhen(Predicate<R> retryable) {
            this.retryableRead = retryable;
            return this;
        }

        /** The answers a write retries, when not the same as a read's. */
        public Builder<R> retryWritesWhen(Predicate<R> retryable) {
            this.retryableWrite = retryable;
            return this;
        }

        /** The attempts (the first included) and the back-off between them. */
        public Builder<R> attempts(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
            this.maxAttempts = maxAttempts;
            this.backoff = backoff(
                    Objects.requireNonNull(initialBackoff, "initialBackoff"),
                    Objects.requireNonNull(maxBackoff, "maxBackoff"));
            return this;
        }

        /** The attempts and back-off of {@code calls}. */
        public Builder<R> attempts(CallSettings calls) {
            return attempts(calls.maxAttempts(), calls.initialBackoff(), calls.maxBackoff());
        }

        /** The pause before a retry, instead of the back-off (e.g. waiting out a ban the platform names). */
        public Builder<R> pause(Pause<R> pause) {
            this.pause = pause;
            return this;
        }

        /** The shared buckets each request draws from, and each operation's plan. */
        public Builder<R> quota(CallQuota quota, QuotaKeys keys, UsagePlans plans) {
            this.quota = quota;
            this.quotaKeys = keys;
            this.plans = plans;
            return this;
        }

        /**
         * What {@code calls} says of the attempts and back-off, and the shared buckets each request draws from:
         * {@code quota}, keyed by {@code keys}, on the usage plans of {@code calls}.
         */
        public Builder<R> settings(CallSettings calls, CallQuota quota, QuotaKeys keys) {
            return attempts(calls).quota(quota, keys, calls.usagePlans());
        }

        /** The rate an answer announces (null when none), which then adjusts the bucket. */
        public Builder<R> announcedRate(Function<R, Double> announcedRate) {
            this.announcedRate = announcedRate;
            return this;
        }

        /** How a lost connection is named in a message; {@code IOException.toString()} unless said. */
        public Builder<R> describeFailure(Function<IOException, String> describe) {
            this.describe = describe;
            return this;
        }

        /** The clock the circuit measures its open time on. */
        public Builder<R> clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public PlatformCall<R> build() {
            return new PlatformCall<>(this);
        }
    }
}
