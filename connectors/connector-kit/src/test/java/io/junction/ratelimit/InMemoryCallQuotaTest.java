package io.junction.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelException;
import io.junction.connectors.kit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryCallQuotaTest {

    private static final QuotaKey SEARCH = new QuotaKey("AMAZON", "seller-1", "searchOrders");
    private static final UsagePlan ONE_A_SECOND_BURST_3 = new UsagePlan(1, 3);

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private final List<Duration> pauses = new ArrayList<>();
    /** Pauses move the clock instead of sleeping. */
    private final InMemoryCallQuota quota = new InMemoryCallQuota(clock, Duration.ofSeconds(2), d -> {
        pauses.add(d);
        clock.advance(d);
    });

    @Test
    void theBurstIsGrantedAtOnceThenEachCallWaitsItsTurn() {
        // given a full bucket of 3
        for (int i = 0; i < 3; i++) {
            quota.acquire(SEARCH, ONE_A_SECOND_BURST_3);
        }
        assertThat(pauses).isEmpty();

        // when a fourth call comes at once
        quota.acquire(SEARCH, ONE_A_SECOND_BURST_3);

        // then it waited one second for its token (and the 1% headroom)
        assertThat(pauses).hasSize(1);
        assertThat(pauses.get(0)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1011));
    }

    @Test
    void aCallThatWouldWaitLongerThanAllowedIsRefusedAsThrottledAndTakesNothing() {
        // given an empty bucket of Amazon's searchOrders plan
        UsagePlan amazon = new UsagePlan(0.0056, 1);
        quota.acquire(SEARCH, amazon);

        // when / then
        assertThatThrownBy(() -> quota.acquire(SEARCH, amazon))
                .isInstanceOfSatisfying(QuotaExhaustedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.THROTTLED);
                    assertThat(e.waitNeeded()).isGreaterThan(Duration.ofSeconds(178));
                    assertThat(e.getMessage()).contains("AMAZON searchOrders for seller account seller-1", "not sent");
                });
        clock.advance(Duration.ofSeconds(181));
        quota.acquire(SEARCH, amazon);
    }

    @Test
    void eachSellerAccountAndOperationHasItsOwnBucket() {
        UsagePlan single = new UsagePlan(0.0056, 1);
        quota.acquire(SEARCH, single);

        quota.acquire(new QuotaKey("AMAZON", "seller-2", "searchOrders"), single);
        quota.acquire(new QuotaKey("AMAZON", "seller-1", "getOrder"), single);

        assertThat(pauses).isEmpty();
    }

    @Test
    void anAnnouncedRateReplacesTheSeededOne() {
        // given a bucket seeded at Amazon's default, spent
        UsagePlan seeded = new UsagePlan(0.0056, 1);
        quota.acquire(SEARCH, seeded);

        // when Amazon announces 1 call a second for this seller
        quota.adjust(SEARCH, seeded.withRate(1));

        // then the next call waits about a second, not three minutes
        quota.acquire(SEARCH, seeded);
        assertThat(pauses).singleElement().satisfies(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(1011)));
    }
}
