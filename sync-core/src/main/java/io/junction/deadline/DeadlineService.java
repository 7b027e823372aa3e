package io.junction.deadline;

import io.junction.shop.ShopScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Watches ship-by deadlines. The pace is the packages shipped over the last {@code paceWindow}; an order
 * still to ship is projected to ship after every order due before it, one every {@code paceWindow / shipped},
 * and is at risk when that lands after its ship-by. Orders are projected in the order of their ship-by over
 * every shop (the warehouse works them all), then shown only as far as the caller's shops go.
 */
@Service
public class DeadlineService {

    /** The most orders one view projects or lists. */
    public static final int MAX_ORDERS = 2000;

    private final DeadlineMapper deadlines;
    private final ShopScope scope;
    private final Clock clock;
    private final Duration dueWithin;
    private final Duration paceWindow;
    private final Duration horizon;

    public DeadlineService(
            DeadlineMapper deadlines,
            ShopScope scope,
            Clock clock,
            @Value("${junction.deadlines.due-within:PT24H}") Duration dueWithin,
            @Value("${junction.deadlines.pace-window:PT8H}") Duration paceWindow,
            @Value("${junction.deadlines.horizon:P3D}") Duration horizon) {
        this.deadlines = deadlines;
        this.scope = scope;
        this.clock = clock;
        this.dueWithin = dueWithin;
        this.paceWindow = paceWindow;
        this.horizon = horizon;
    }

    /**
     * What the header and the metric show.
     *
     * @param dueSoon due within {@code within}, not overdue yet
     */
    public record Summary(long overdue, long dueSoon, Duration within) {}

    /** The view: the orders of one kind, earliest ship-by first, and the pace they were projected with. */
    public record View(DeadlineKind kind, Duration within, double packagesPerHour, List<DeadlineOrder> orders) {}

    /** How many orders are overdue, and due within the default hours. */
    public Summary summary() {
        return summary(dueWithin);
    }

    /** The default window of "due soon". */
    public Duration dueWithin() {
        return dueWithin;
    }

    public Summary summary(Duration within) {
        Instant now = clock.instant();
        DeadlineMapper.Counts counts = deadlines.counts(now, now.plus(within), scope.shopIds());
        return new Summary(counts.overdue(), counts.dueSoon(), within);
    }

    /** How many orders in every shop are overdue and due within the default hours, whoever asks (the metric). */
    public Summary summaryEverywhere() {
        Instant now = clock.instant();
        DeadlineMapper.Counts counts = deadlines.counts(now, now.plus(dueWithin), null);
        return new Summary(counts.overdue(), counts.dueSoon(), dueWithin);
    }

    /** How many orders in every shop will miss their ship-by at the current pace (the metric's view). */
    public long atRiskEverywhere() {
        return atRisk(null, MAX_ORDERS).size();
    }

    /** The orders of {@code kind}; {@code within} bounds "due soon" (the default when null). */
    public View view(DeadlineKind kind, Duration within, int limit) {
        Duration hours = within == null ? dueWithin : within;
        Instant now = clock.instant();
        List<DeadlineOrder> orders = switch (kind) {
            case OVERDUE -> deadlines.dueBefore(now, scope.shopIds(), limit);
            case DUE_SOON ->
                deadlines.dueBefore(now.plus(hours), scope.shopIds(), MAX_ORDERS).stream()
                        .filter(o -> !o.shipBy().isBefore(now))
                        .limit(limit)
                        .toList();
            case AT_RISK -> atRisk(scope, limit);
        };
        return new View(kind, hours, packagesPerHour(), orders);
    }

    /** Packages shipped per hour over the pace window. */
    public double packagesPerHour() {
        long shipped = deadlines.shippedSince(clock.instant().minus(paceWindow));
        return shipped * 3_600_000.0 / paceWindow.toMillis();
    }

    private List<DeadlineOrder> atRisk(ShopScope visible, int limit) {
        Instant now = clock.instant();
        long shipped = deadlines.shippedSince(now.minus(paceWindow));
        return atRisk(deadlines.dueBefore(now.plus(horizon), null, MAX_ORDERS), shipped, paceWindow, now).stream()
                .filter(o -> visible == null || visible.includes(o.shopId()))
                .limit(limit)
                .toList();
    }

    /**
     * The orders of {@code queue} (still to ship, earliest ship-by first) that will ship after their ship-by
     * when {@code shipped} packages leave every {@code window}, each after every order ahead of it; overdue
     * orders are not listed (they are late already) but take their turn. With no pace nothing ships, so every
     * deadline ahead is missed.
     */
    static List<DeadlineOrder> atRisk(List<DeadlineOrder> queue, long shipped, Duration window, Instant now) {
        List<DeadlineOrder> risky = new ArrayList<>();
        for (int position = 0; position < queue.size(); position++) {
            DeadlineOrder order = queue.get(position);
            if (order.shipBy().isBefore(now)) {
                continue;
            }
            Instant projected = shipped == 0
                    ? null
                    : now.plusMillis(Math.round((position + 1) * (double) window.toMillis() / shipped));
            if (projected == null || projected.isAfter(order.shipBy())) {
                risky.add(order.projected(projected));
            }
        }
        return risky;
    }
}
