package io.junction.web.shop;

import io.junction.shop.NewShop;
import io.junction.shop.Shop;
import io.junction.shop.ShopChange;
import io.junction.shop.ShopScope;
import io.junction.shop.ShopService;
import io.junction.sync.SyncHealth;
import io.junction.sync.SyncMapper;
import io.junction.sync.SyncSchedule;
import io.junction.sync.SyncService;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the shop API and the Shops page both do: change shops through {@link ShopService} (which
 * checks the rules, encrypts credentials and, once the change is committed, has the sync schedule
 * follow it), log who did it, and tell how each shop's sync stands.
 */
@Component
public class ShopAdministration {

    private static final Logger log = LoggerFactory.getLogger(ShopAdministration.class);

    private final ShopService shops;
    private final SyncService sync;
    private final SyncMapper syncMapper;
    private final SyncSchedule schedule;
    private final Clock clock;
    private final ShopScope scope;

    public ShopAdministration(
            ShopService shops,
            SyncService sync,
            SyncMapper syncMapper,
            SyncSchedule schedule,
            Clock clock,
            ShopScope scope) {
        this.scope = scope;
        this.shops = shops;
        this.sync = sync;
        this.syncMapper = syncMapper;
        this.schedule = schedule;
        this.clock = clock;
    }

    public Shop add(NewShop shop, String who) {
        Shop added = shops.add(shop);
        log.info("Shop {} ({} '{}') added by {}", added.id(), added.platform(), added.name(), who);
        return added;
    }

    public Shop update(long shopId, ShopChange change, String who) {
        Shop updated = shops.update(shopId, change);
        log.info("Shop {} changed by {}{}", shopId, who, change.credentials() == null ? "" : ", credentials replaced");
        return updated;
    }

    public Shop disable(long shopId, String who) {
        Shop shop = shops.disable(shopId);
        log.info("Shop {} disabled by {}", shopId, who);
        return shop;
    }

    public Shop enable(long shopId, String who) {
        Shop shop = shops.enable(shopId);
        log.info("Shop {} enabled by {}", shopId, who);
        return shop;
    }

    /** Syncs the shop now; a disabled shop, or one whose sync is running on some node, is refused and nothing runs. */
    public SyncService.Report syncNow(long shopId) {
        Shop shop = get(shopId);
        if (!shop.enabled()) {
            throw SyncRefusedException.disabled(shopId);
        }
        SyncService.Report report = sync.sync(shopId);
        if (report.busy()) {
            throw new SyncRefusedException(shopId, report.error(), report.heldBy());
        }
        return report;
    }

    public ShopStatus status(long shopId) {
        return status(get(shopId));
    }

    public ShopStatus status(Shop shop) {
        SyncHealth health = syncMapper.findHealth(shop.id());
        return ShopStatus.of(
                shop,
                health == null ? SyncHealth.never(shop.id()) : health,
                schedule.nextRunAt(shop.id()),
                clock.instant());
    }

    /** The shops in the person's scope. */
    public List<Shop> all() {
        return shops.all().stream().filter(s -> scope.includes(s.id())).toList();
    }

    /** @throws NoSuchElementException when there is no such shop, or it lies outside the person's scope */
    public Shop get(long shopId) {
        if (!scope.includes(shopId)) {
            throw new NoSuchElementException("No shop " + shopId);
        }
        return shops.get(shopId);
    }

    public List<String> platforms() {
        return shops.platforms();
    }

    public List<String> credentialKeys(String platform) {
        return shops.credentialKeys(platform);
    }
}
