package io.junction.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.connectors.kit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ObservedCallQuotaTest {

    private static final QuotaKey SEARCH = new QuotaKey("AMAZON", "seller-1", "searchOrders");
    private static final UsagePlan ONE_A_SECOND_BURST_1 = new UsagePlan(1, 1);

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    /** Monotonic time that moves with the pauses, as real waiting would. */
    private final AtomicLong nanos = new AtomicLong();

    private final InMemoryCallQuota buckets = new InMemoryCallQuota(clock, Duration.ofSeconds(2), d -> {
        clock.advance(d);
        nanos.addAndGet(d.toNanos());
    });
    private final List<String> seen = new ArrayList<>();
    private final QuotaObserver observer = new QuotaObserver() {
        @Override
        public void granted(QuotaKey key, Duration waited) {
            seen.add("granted " + key.operation() + " after " + waited.toMillis() + " ms");
        }

        @Override
        public void refused(QuotaKey key, Duration waited) {
            seen.add("refused " + key.operation());
        }
    };
    private final CallQuota quota = new ObservedCallQuota(buckets, observer, nanos::get);

    @Test
    void eachGrantedCallIsObservedWithHowLongItWaitedForItsTurn() {
        // given the bucket's only call taken
        quota.acquire(SEARCH, ONE_A_SECOND_BURST_1);

        // when the next call comes at once
        quota.acquire(SEARCH, ONE_A_SECOND_BURST_1);

        // then the first did not wait and the second waited its second (and the 1% headroom)
        assertThat(seen).containsExactly("granted searchOrders after 0 ms", "granted searchOrders after 1010 ms");
    }

    @Test
    void aCallRefusedUnsentIsObservedAsRefusedAndStillRefused() {
        // given a bucket whose next call is further off than the wait allowed
        CallQuota impatient = new InMemoryCallQuota(clock, Duration.ZERO).observedBy(observer);
        impatient.acquire(SEARCH, ONE_A_SECOND_BURST_1);

        // when / then
        assertThatThrownBy(() -> impatient.acquire(SEARCH, ONE_A_SECOND_BURST_1))
                .isInstanceOf(QuotaExhaustedException.class);
        assertThat(seen).hasSize(2).element(1).isEqualTo("refused searchOrders");
    }
}
