package io.junction.connectors.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import io.junction.ratelimit.QuotaKey;
import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlatformCallTest {

    private static final UsagePlan PLAN = new UsagePlan(2, 10);
    private static final ShopAccess SHOP = new ShopAccess(
            7L, "TEST", "http://127.0.0.1:1", null, Map.of("appKey", "APP", "session", "SESSION"), List.of());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final RecordingCallQuota quota = new RecordingCallQuota();
    private final AtomicInteger sent = new AtomicInteger();

    private PlatformCall<Integer> calls() {
        return PlatformCall.<Integer>builder("test", "Test")
                .status(status -> status)
                .retryWhen(status -> status >= 500)
                .attempts(3, Duration.ofMillis(1), Duration.ofMillis(2))
                .quota(quota, QuotaKeys.bySellerAccount("TEST", "appKey", "session"), UsagePlans.uniform(PLAN))
                .clock(clock)
                .build();
    }

    @Test
    void everyAttemptTakesACallFromTheSellersBucketBeforeItIsSent() {
        // given
        PlatformCall<Integer> calls = calls();

        // when
        Integer answer = calls.read(SHOP, "list", () -> sent.incrementAndGet() < 3 ? 503 : 200);

        // then
        assertThat(answer).isEqualTo(200);
        assertThat(quota.acquired).hasSize(3).allSatisfy(a -> {
            assertThat(a.key()).isEqualTo(new QuotaKey("TEST", QuotaKey.fingerprint("APP", "SESSION"), "list"));
            assertThat(a.plan()).isEqualTo(PLAN);
        });
    }

    @Test
    void aWriteThatMayHaveBeenSentIsNeverResentAndSaysSo() {
        // given
        PlatformCall<Integer> calls = calls();

        // when / then
        assertThatThrownBy(() -> calls.write(SHOP, "ship", "ship order 1", () -> {
                    sent.incrementAndGet();
                    throw new SocketTimeoutException("timeout");
                }))
                .isInstanceOfSatisfying(NoAnswerException.class, e -> {
                    assertThat(e.sent()).isTrue();
                    assertThat(e.getMessage()).startsWith("ship order 1: ");
                });
        assertThat(sent).hasValue(1);
    }

    @Test
    void aWriteThatCouldNotConnectIsRetriedAndSaysItWasNotSent() {
        // given
        PlatformCall<Integer> calls = calls();

        // when / then
        assertThatThrownBy(() -> calls.write(SHOP, "ship", "ship order 1", () -> {
                    sent.incrementAndGet();
                    throw new ConnectException("refused");
                }))
                .isInstanceOfSatisfying(
                        NoAnswerException.class, e -> assertThat(e.sent()).isFalse());
        assertThat(sent).hasValue(3);
    }

    @Test
    void aReadWithNoAnswerIsUnavailableAfterEveryAttempt() {
        // given
        PlatformCall<Integer> calls = calls();

        // when / then
        assertThatThrownBy(() -> calls.read(SHOP, "list", () -> {
                    sent.incrementAndGet();
                    throw new SocketTimeoutException("timeout");
                }))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("list got no answer after 3 attempts");
                });
        assertThat(sent).hasValue(3);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenSendsNothing() {
        // given
        PlatformCall<Integer> calls = calls();
        for (int i = 0; i < PlatformCall.CIRCUIT_WINDOW / 2; i++) {
            calls.read(SHOP, "list", () -> 503);
        }
        sent.set(0);

        // when / then
        assertThat(calls.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> calls.read(SHOP, "list", () -> sent.incrementAndGet()))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("circuit open: Test failed repeatedly");
        assertThat(sent).hasValue(0);
        clock.advance(PlatformCall.CIRCUIT_OPEN_FOR.plusSeconds(1));
        assertThat(calls.read(SHOP, "list", () -> 200)).isEqualTo(200);
        assertThat(calls.circuitState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    }

    @Test
    void anAttemptMaySendTwiceEachRequestUnderTheQuotaAndAnAnnouncedRateAdjustsTheBucket() {
        // given
        PlatformCall<Integer> calls = PlatformCall.<Integer>builder("test", "Test")
                .status(status -> status)
                .retryWhen(status -> status >= 500)
                .attempts(3, Duration.ofMillis(1), Duration.ofMillis(2))
                .quota(quota, QuotaKeys.bySellerAccount("TEST", "appKey", "session"), UsagePlans.uniform(PLAN))
                .announcedRate(status -> status == 200 ? 5.0 : null)
                .clock(clock)
                .build();

        // when
        Integer answer = calls.read(SHOP, "get", metered -> {
            int first = metered.send(() -> 403);
            return first == 403 ? metered.send(() -> 200) : first;
        });

        // then
        assertThat(answer).isEqualTo(200);
        assertThat(quota.operations()).containsExactly("get", "get");
        assertThat(quota.adjusted)
                .singleElement()
                .satisfies(a -> assertThat(a.plan()).isEqualTo(PLAN.withRate(5.0)));
    }
}
