package io.junction.connectors.kit;

import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.QuotaExhaustedException;
import io.junction.ratelimit.QuotaKey;
import io.junction.ratelimit.UsagePlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link CallQuota} that grants every call and remembers what was asked; or refuses every call. */
public final class RecordingCallQuota implements CallQuota {

    public record Acquired(QuotaKey key, UsagePlan plan) {}

    public final List<Acquired> acquired = new ArrayList<>();
    public final List<Acquired> adjusted = new ArrayList<>();
    private boolean refusing;

    /** Every later acquire is refused, as an empty shared bucket would. */
    public RecordingCallQuota refusing() {
        refusing = true;
        return this;
    }

    @Override
    public synchronized void acquire(QuotaKey key, UsagePlan plan) {
        if (refusing) {
            throw new QuotaExhaustedException(key, plan, Duration.ofSeconds(178), Duration.ofSeconds(5));
        }
        acquired.add(new Acquired(key, plan));
    }

    @Override
    public synchronized void adjust(QuotaKey key, UsagePlan plan) {
        adjusted.add(new Acquired(key, plan));
    }

    public synchronized List<String> operations() {
        return acquired.stream().map(a -> a.key().operation()).toList();
    }
}
