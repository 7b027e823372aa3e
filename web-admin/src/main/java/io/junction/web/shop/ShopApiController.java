package io.junction.web.shop;

import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.sync.QuarantinedOrder;
import io.junction.sync.SyncMapper;
import io.junction.sync.SyncService;
import io.junction.sync.SyncState;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Shops over JSON. Credentials are never returned. */
@RestController
public class ShopApiController {

    private final ShopService shops;
    private final SyncService sync;
    private final SyncMapper syncMapper;

    public ShopApiController(ShopService shops, SyncService sync, SyncMapper syncMapper) {
        this.shops = shops;
        this.sync = sync;
        this.syncMapper = syncMapper;
    }

    /** A shop without its credentials. */
    public record ShopView(long id, String platform, String name, String endpoint, List<String> marketplaceIds,
            boolean enabled, Instant createdAt) {
        static ShopView of(Shop s) {
            return new ShopView(s.id(), s.platform(), s.name(), s.endpoint(), s.marketplaceIdList(), s.enabled(), s.createdAt());
        }
    }

    /** What one sync run did. */
    public record SyncAnswer(long shopId, Instant from, Instant to, int pages, int created, int updated, int unchanged,
            int quarantined, String error) {
        static SyncAnswer of(SyncService.Report r) {
            return new SyncAnswer(r.shopId(), r.window() == null ? null : r.window().from(),
                    r.window() == null ? null : r.window().to(), r.pages(), r.tally().created(), r.tally().updated(),
                    r.tally().unchanged(), r.tally().quarantined(), r.error());
        }
    }

    @GetMapping("/api/v1/shops")
    public List<ShopView> list() {
        return shops.all().stream().map(ShopView::of).toList();
    }

    @PostMapping("/api/v1/shops/{id}/sync")
    public SyncAnswer syncNow(@PathVariable long id) {
        return SyncAnswer.of(sync.sync(shops.get(id).id()));
    }

    @GetMapping("/api/v1/shops/{id}/sync-status")
    public SyncState syncStatus(@PathVariable long id) {
        return sync.state(shops.get(id).id());
    }

    @GetMapping("/api/v1/quarantine")
    public List<QuarantinedOrder> quarantine(@RequestParam(required = false) Long shopId) {
        return syncMapper.quarantined(shopId);
    }
}
