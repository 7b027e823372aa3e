package io.junction.tracking;

import io.junction.shop.ShopScope;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The parcels at risk after they left: never scanned by the carrier after their platform's window, or stuck in
 * one status (see {@link TrackingProperties.Alerts}). Only parcels still polled count: delivered and returned
 * ones are over.
 */
@Service
public class TrackingAlerts {

    /** The most parcels one list shows. */
    public static final int MAX_LIST = 500;

    private final TrackingMapper tracking;
    private final TrackingProperties settings;
    private final ShopScope scope;
    private final Clock clock;

    public TrackingAlerts(TrackingMapper tracking, TrackingProperties settings, ShopScope scope, Clock clock) {
        this.tracking = tracking;
        this.settings = settings;
        this.scope = scope;
        this.clock = clock;
    }

    /** How many parcels of each kind are at risk. */
    public record Counts(long noFirstScan, long stuck) {}

    /** The parcels of one kind in the caller's shops, the longest waiting first, at most {@code limit}. */
    public List<TrackingAlert> list(AlertKind kind, int limit) {
        Instant now = clock.instant();
        Collection<Long> shops = scope.shopIds();
        int shown = Math.min(limit, MAX_LIST);
        return switch (kind) {
            case NO_FIRST_SCAN -> tracking.noFirstScan(cutoffs(now), noScanCutoff(now), shops, shown);
            case STUCK -> tracking.stuck(stuckCutoff(now), shops, shown);
        };
    }

    /** The counts in the caller's shops. */
    public Counts counts() {
        return counts(scope.shopIds());
    }

    /** The counts over every shop, whoever asks (the metric). */
    public Counts countsEverywhere() {
        return counts(null);
    }

    private Counts counts(Collection<Long> shops) {
        Instant now = clock.instant();
        return new Counts(
                tracking.countNoFirstScan(cutoffs(now), noScanCutoff(now), shops),
                tracking.countStuck(stuckCutoff(now), shops));
    }

    private List<TrackingMapper.PlatformCutoff> cutoffs(Instant now) {
        return settings.alerts().noScanAfterByPlatform().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new TrackingMapper.PlatformCutoff(e.getKey(), now.minus(e.getValue())))
                .toList();
    }

    private Instant noScanCutoff(Instant now) {
        return now.minus(settings.alerts().noScanAfter());
    }

    private Instant stuckCutoff(Instant now) {
        return now.minus(settings.alerts().stuckAfter());
    }
}
