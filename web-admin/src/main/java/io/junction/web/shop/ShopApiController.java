package io.junction.web.shop;

import io.junction.shop.NewShop;
import io.junction.shop.Shop;
import io.junction.shop.ShopChange;
import io.junction.shop.ShopRefusedException;
import io.junction.sync.SyncService;
import io.junction.web.api.ApiProblems;
import io.junction.web.openapi.ApiRefusal;
import io.junction.web.order.RefusalText;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shops over JSON: add, list, read, change, disable and enable them, sync one now and read its sync
 * health. Credentials go in and are never returned; a refusal is a problem that lists every reason
 * and changes nothing.
 */
@RestController
public class ShopApiController {

    private final ShopAdministration shops;
    private final ApiProblems problems;
    private final RefusalText refusals;

    private final MessageSource messages;

    public ShopApiController(
            ShopAdministration shops, ApiProblems problems, RefusalText refusals, MessageSource messages) {
        this.messages = messages;
        this.shops = shops;
        this.problems = problems;
        this.refusals = refusals;
    }

    /** A shop to add; {@link #toString()} never prints the credentials. */
    public record AddShopRequest(
            String platform,
            String name,
            String endpoint,
            String authEndpoint,
            Map<String, String> credentials,
            List<String> marketplaceIds,
            Long defaultLogisticsMethodId) {
        NewShop toNewShop() {
            return new NewShop(
                    platform,
                    new ShopChange(
                            name, endpoint, authEndpoint, credentials, marketplaceIds, defaultLogisticsMethodId));
        }

        @Override
        public String toString() {
            return "AddShopRequest[platform=" + platform + ", name=" + name + ", endpoint=" + endpoint + "]";
        }
    }

    /** A shop's new settings; credentials are replaced only when given. Never prints the credentials. */
    public record UpdateShopRequest(
            String name,
            String endpoint,
            String authEndpoint,
            Map<String, String> credentials,
            List<String> marketplaceIds,
            Long defaultLogisticsMethodId) {
        ShopChange toChange() {
            return new ShopChange(name, endpoint, authEndpoint, credentials, marketplaceIds, defaultLogisticsMethodId);
        }

        @Override
        public String toString() {
            return "UpdateShopRequest[name=" + name + ", endpoint=" + endpoint + "]";
        }
    }

    /** A shop without its credentials. */
    public record ShopView(
            long id,
            String platform,
            String name,
            String endpoint,
            String authEndpoint,
            List<String> marketplaceIds,
            Long defaultLogisticsMethodId,
            boolean enabled,
            Instant createdAt) {
        static ShopView of(Shop s) {
            return new ShopView(
                    s.id(),
                    s.platform(),
                    s.name(),
                    s.endpoint(),
                    s.authEndpoint(),
                    s.marketplaceIdList(),
                    s.defaultLogisticsMethodId(),
                    s.enabled(),
                    s.createdAt());
        }
    }

    /** What one sync run did. */
    public record SyncAnswer(
            long shopId,
            Instant from,
            Instant to,
            int pages,
            int created,
            int updated,
            int unchanged,
            int quarantined,
            String error) {
        static SyncAnswer of(SyncService.Report r) {
            return new SyncAnswer(
                    r.shopId(),
                    r.window() == null ? null : r.window().from(),
                    r.window() == null ? null : r.window().to(),
                    r.pages(),
                    r.tally().created(),
                    r.tally().updated(),
                    r.tally().unchanged(),
                    r.tally().quarantined(),
                    r.error());
        }
    }

    @Operation(summary = "Every shop, without its credentials")
    @GetMapping("/api/v1/shops")
    public List<ShopView> list() {
        return shops.all().stream().map(ShopView::of).toList();
    }

    @Operation(summary = "Add a shop; its first sync is scheduled at once and reads the last 7 days")
    @ApiRefusal(status = 409, description = "A shop of that name exists already.")
    @PostMapping("/api/v1/shops")
    public ResponseEntity<ShopView> add(@RequestBody AddShopRequest request, Principal user) {
        Shop shop = shops.add(request.toNewShop(), user.getName());
        return ResponseEntity.created(URI.create("/api/v1/shops/" + shop.id())).body(ShopView.of(shop));
    }

    @Operation(summary = "One shop, without its credentials")
    @GetMapping("/api/v1/shops/{id}")
    public ShopView get(@PathVariable long id) {
        return ShopView.of(shops.get(id));
    }

    @Operation(summary = "Change a shop's settings; credentials are replaced only when given")
    @ApiRefusal(status = 409, description = "Another shop has that name.")
    @PutMapping("/api/v1/shops/{id}")
    public ShopView update(@PathVariable long id, @RequestBody UpdateShopRequest request, Principal user) {
        return ShopView.of(shops.update(id, request.toChange(), user.getName()));
    }

    @Operation(summary = "Disable a shop: it is unscheduled and refused a sync")
    @PostMapping("/api/v1/shops/{id}/disable")
    public ShopView disable(@PathVariable long id, Principal user) {
        return ShopView.of(shops.disable(id, user.getName()));
    }

    @Operation(summary = "Enable a shop: it is scheduled again")
    @PostMapping("/api/v1/shops/{id}/enable")
    public ShopView enable(@PathVariable long id, Principal user) {
        return ShopView.of(shops.enable(id, user.getName()));
    }

    @Operation(summary = "Sync a shop now and answer what the run did")
    @ApiRefusal(status = 409, description = "The shop is disabled, or a sync of it is running.")
    @PostMapping("/api/v1/shops/{id}/sync")
    public SyncAnswer syncNow(@PathVariable long id) {
        return SyncAnswer.of(shops.syncNow(id));
    }

    @Operation(summary = "A shop's sync health: watermark, lag, last success and error, throttling, next run")
    @GetMapping("/api/v1/shops/{id}/sync-status")
    public ShopStatus syncStatus(@PathVariable long id) {
        return shops.status(id);
    }

    @ExceptionHandler(ShopRefusedException.class)
    ProblemDetail refused(ShopRefusedException e) {
        // each reason in the caller's language, with its field and its stable code beside it
        return problems.refusedChange(
                e, refusals.of(e.problems()), e.conflict() ? "problems.shop.exists" : "problems.shop.refused");
    }

    @ExceptionHandler(SyncRefusedException.class)
    ProblemDetail syncRefused(SyncRefusedException e) {
        ProblemDetail problem = problems.titled(
                HttpStatus.CONFLICT, "problems.sync.refused", e.describe(messages, LocaleContextHolder.getLocale()));
        if (e.heldBy() != null) {
            problem.setProperty("runningOn", e.heldBy().node());
            problem.setProperty("runningSince", e.heldBy().since());
            problem.setProperty("leaseUntil", e.heldBy().until());
        }
        return problem;
    }
}
