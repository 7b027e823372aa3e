package io.junction.web.shop;

import io.junction.shop.Shop;
import io.junction.sync.SyncHealth;
import java.time.Duration;
import java.time.Instant;

/**
 * One shop's sync health, as the API answers it and the Shops page shows it.
 *
 * @param lagSeconds how far behind now the watermark is; null before the first success
 * @param throttled whether the last failure (since the last success) was the platform's rate limit
 * @param nextRunAt when the schedule fires next; null when the shop is not scheduled
 * @param runningOn the node whose sync run holds the shop; null while none does
 * @param runningSince when that run took the shop
 * @param leaseUntil when its lease runs out unless renewed (a dead node's claim is taken over sooner)
 */
public record ShopStatus(
        long shopId,
        String platform,
        boolean enabled,
        Instant watermark,
        Long lagSeconds,
        Instant lastRunAt,
        Instant lastSuccessAt,
        Instant lastFailureAt,
        long ordersSeen,
        String lastError,
        boolean throttled,
        Instant nextRunAt,
        String runningOn,
        Instant runningSince,
        Instant leaseUntil) {

    static ShopStatus of(Shop shop, SyncHealth health, Instant nextRunAt, Instant now) {
        Long lag = health.watermark() == null
                ? null
                : Math.max(0, Duration.between(health.watermark(), now).toSeconds());
        return new ShopStatus(
                shop.id(),
                shop.platform(),
                shop.enabled(),
                health.watermark(),
                lag,
                health.lastRunAt(),
                health.lastSuccessAt(),
                health.lastFailureAt(),
                health.ordersSeen(),
                health.lastError(),
                health.throttled(),
                nextRunAt,
                health.runningOn(),
                health.runningSince(),
                health.leaseUntil());
    }
}
