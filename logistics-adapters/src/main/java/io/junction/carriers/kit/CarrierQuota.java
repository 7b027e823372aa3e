package io.junction.carriers.kit;

import io.junction.logistics.CarrierAccess;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.QuotaExhaustedException;
import io.junction.ratelimit.QuotaKey;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A carrier's calls within its account's limits, on the same shared buckets as the marketplaces' calls
 * ({@link CallQuota}): several nodes pre-advising for one account together stay within what one account may
 * call. A call that would wait longer than the quota allows is not sent, and answers a refusal
 * ({@value #THROTTLED}) that says so: nothing reached the carrier, so nothing can have been booked.
 */
public final class CarrierQuota {

    /** The refusal's code when the account's bucket had no call to spare. */
    public static final String THROTTLED = "THROTTLED";

    private final CallQuota quota;
    private final CarrierCallLimits limits;

    public CarrierQuota(CallQuota quota, CarrierCallLimits limits) {
        this.quota = Objects.requireNonNull(quota, "quota");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** No limit at all: for tests of a carrier's wire format only. */
    public static CarrierQuota unlimited() {
        return new CarrierQuota(CallQuota.unlimited(), CarrierCallLimits.defaults());
    }

    /**
     * Takes a turn from {@code access}'s bucket for {@code operation}, then sends; when no turn comes within the
     * quota's wait, answers {@value #THROTTLED} without sending.
     *
     * @param operation the carrier's name of the call (a path or method name)
     */
    public <T> RemoteOutcome<T> call(CarrierAccess access, String operation, Supplier<RemoteOutcome<T>> send) {
        String name = operation.replace('/', '.');
        QuotaKey key = new QuotaKey(access.carrier(), account(access), name);
        try {
            quota.acquire(key, limits.plan(access.carrier(), name));
        } catch (QuotaExhaustedException e) {
            return RemoteOutcome.rejected(THROTTLED, e.getMessage());
        }
        return send.get();
    }

    /**
     * The carrier's account behind the access: a one-way fingerprint of its endpoint and credentials, so that two
     * carrier accounts in Junction with the same credentials share the carrier's limit, and nothing secret is
     * stored as a key.
     */
    private static String account(CarrierAccess access) {
        Map<String, String> sorted = new TreeMap<>(access.credentials());
        String[] parts = new String[1 + 2 * sorted.size()];
        int i = 0;
        parts[i++] = access.endpoint();
        for (Map.Entry<String, String> credential : sorted.entrySet()) {
            parts[i++] = credential.getKey();
            parts[i++] = credential.getValue();
        }
        return QuotaKey.fingerprint(parts);
    }
}
