package io.junction.web.metrics;

import io.junction.shop.Shop;
import io.junction.web.shop.ShopAdministration;
import io.junction.web.shop.ShopStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sync health per shop and the queues a person must watch, as gauges for a monitoring system
 * ({@code /actuator/metrics}, ADMIN): {@code junction.sync.lag} (seconds behind the platform, per
 * shop; absent before the first success), {@code junction.sync.failing} and
 * {@code junction.sync.throttled} (1 while the shop's last run failed, or was throttled), and the
 * counts of {@link PipelineCounts}. Values are read from the database at most every
 * {@link #FRESH_FOR}, whatever the scrape rate. The shops there are get their gauges at start-up; a
 * shop added later gets them at the next read (any scrape of these gauges).
 */
@Component
public class PipelineMetrics implements MeterBinder {

    static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private final ShopAdministration shops;
    private final MetricsMapper counts;
    private final Clock clock;
    private volatile MeterRegistry registry;
    private volatile Snapshot snapshot;

    public PipelineMetrics(ShopAdministration shops, MetricsMapper counts, Clock clock) {
        this.shops = shops;
        this.counts = counts;
        this.clock = clock;
    }

    /** What one read of the database found. */
    record Snapshot(Instant takenAt, Map<Long, ShopStatus> shops, PipelineCounts counts) {}

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        count(
                registry,
                "junction.quarantine.open",
                "malformed platform orders waiting for a retry or a dismissal",
                PipelineCounts::quarantineOpen);
        count(registry, "junction.orders.exception", "orders stopped for a person", PipelineCounts::ordersInException);
        count(
                registry,
                "junction.writeback.pending",
                "shipment confirmations not yet accepted",
                PipelineCounts::writeBackPending);
        count(
                registry,
                "junction.writeback.failed",
                "shipment confirmations that failed for good",
                PipelineCounts::writeBackFailed);
        count(
                registry,
                "junction.parcel.cancellation.pending",
                "carrier pre-advices being cancelled",
                PipelineCounts::cancellationsPending);
        count(
                registry,
                "junction.parcel.cancellation.failed",
                "carrier pre-advice cancellations that failed for good",
                PipelineCounts::cancellationsFailed);
    }

    /** The shops there are get their gauges once the database is ready (binding comes before migrations). */
    @EventListener(ApplicationReadyEvent.class)
    public void registerShops() {
        current();
    }

    private void count(
            MeterRegistry registry, String name, String description, ToDoubleFunction<PipelineCounts> value) {
        Gauge.builder(
                        name,
                        this,
                        metrics -> value.applyAsDouble(metrics.current().counts()))
                .description(description)
                .register(registry);
    }

    /** The last read, or a new one when it is older than {@link #FRESH_FOR}; new shops get their gauges. */
    synchronized Snapshot current() {
        Instant now = clock.instant();
        if (snapshot == null || snapshot.takenAt().plus(FRESH_FOR).isBefore(now)) {
            Map<Long, ShopStatus> byShop = new HashMap<>();
            for (Shop shop : shops.all()) {
                byShop.put(shop.id(), shops.status(shop));
            }
            snapshot = new Snapshot(now, byShop, counts.counts());
            byShop.values().forEach(this::registerShop);
        }
        return snapshot;
    }

    /** Makes the next read go to the database, whatever the age of the last one. */
    synchronized void forget() {
        snapshot = null;
    }

    /** Registers the shop's gauges; registering them again finds the ones there are. */
    private void registerShop(ShopStatus status) {
        if (registry == null) {
            return;
        }
        shopGauge(
                "junction.sync.lag",
                "seconds the shop's orders are behind its platform",
                status,
                s -> s.lagSeconds() == null ? Double.NaN : s.lagSeconds());
        shopGauge(
                "junction.sync.failing",
                "1 while the shop's last sync run failed",
                status,
                s -> s.lastError() == null ? 0 : 1);
        shopGauge(
                "junction.sync.throttled",
                "1 while the shop's last failed run was throttled by its platform",
                status,
                s -> s.throttled() ? 1 : 0);
    }

    private void shopGauge(String name, String description, ShopStatus status, ToDoubleFunction<ShopStatus> value) {
        long shopId = status.shopId();
        Gauge.builder(name, this, metrics -> {
                    ShopStatus now = metrics.current().shops().get(shopId);
                    return now == null ? Double.NaN : value.applyAsDouble(now);
                })
                .description(description)
                .tag("shop", String.valueOf(shopId))
                .tag("platform", status.platform())
                .register(registry);
    }
}
