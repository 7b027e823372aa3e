package io.junction.web.shop;

import io.junction.logistics.LogisticsMapper;
import io.junction.shop.NewShop;
import io.junction.shop.Shop;
import io.junction.shop.ShopChange;
import io.junction.shop.ShopRefusedException;
import io.junction.sync.SyncService;
import io.junction.web.order.RefusalText;
import io.junction.web.page.NotFoundPage;
import io.junction.web.security.Role;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Shops page: every shop with its sync health, "sync now" for clerks and admins, and for admins
 * the add form (credential fields per platform, never filled with stored secrets), the edit form and
 * disable / enable. Forms post here with the session and CSRF token; "sync now" posts from htmx and
 * answers with the refreshed list and what the run did.
 */
@Controller
@NotFoundPage
@RequestMapping("/shops")
public class ShopPageController {

    /** Form fields named {@code credential.<key>} carry the credentials. */
    static final String CREDENTIAL = "credential.";

    private final ShopAdministration shops;
    private final LogisticsMapper logistics;
    private final MessageSource messages;
    private final RefusalText refusals;

    public ShopPageController(
            ShopAdministration shops, LogisticsMapper logistics, MessageSource messages, RefusalText refusals) {
        this.shops = shops;
        this.logistics = logistics;
        this.messages = messages;
        this.refusals = refusals;
    }

    /** What the add and edit forms hold between a refusal and the next try; never a credential. */
    public record ShopForm(
            String platform,
            String name,
            String endpoint,
            String authEndpoint,
            String marketplaceIds,
            Long defaultLogisticsMethodId) {
        static ShopForm empty(String platform) {
            return new ShopForm(platform, "", "", "", "", null);
        }

        static ShopForm of(Shop shop) {
            return new ShopForm(
                    shop.platform(),
                    shop.name(),
                    shop.endpoint(),
                    shop.authEndpoint(),
                    String.join(", ", shop.marketplaceIdList()),
                    shop.defaultLogisticsMethodId());
        }

        /** The shop's settings as the form gives them, with these credentials. */
        ShopChange settings(Map<String, String> credentials) {
            return new ShopChange(
                    name, endpoint, authEndpoint, credentials, marketplaceIdList(), defaultLogisticsMethodId);
        }

        List<String> marketplaceIdList() {
            return marketplaceIds == null
                    ? List.of()
                    : Arrays.stream(marketplaceIds.split("[,\\s]+"))
                            .filter(s -> !s.isBlank())
                            .toList();
        }
    }

    /** One row of the list: the shop and its sync health. */
    public record ShopRow(Shop shop, ShopStatus status) {
        /** How far behind the shop's orders are, for the page to say; null before the first success. */
        public Duration lag() {
            Long s = status.lagSeconds();
            return s == null ? null : Duration.ofSeconds(s);
        }
    }

    /** What "sync now" did, for the result box. */
    public record SyncOutcome(long shopId, String shopName, SyncService.Report report) {}

    @ModelAttribute("admin")
    public boolean admin(Authentication user) {
        return isAdmin(user);
    }

    @GetMapping
    public String list(
            @RequestParam(required = false) String platform, @RequestParam(required = false) Long added, Model model) {
        String first = platform != null && shops.platforms().contains(platform)
                ? platform
                : shops.platforms().stream().findFirst().orElse(null);
        workspace(model, ShopForm.empty(first), null, null);
        if (added != null) {
            model.addAttribute("notice", messages.getMessage("shops.added", null, LocaleContextHolder.getLocale()));
        }
        return "shops/list";
    }

    /** The credential fields of one platform, for the add form when the platform changes. */
    @GetMapping("/credential-fields")
    public String credentialFields(@RequestParam String platform, Model model) {
        model.addAttribute("credentialKeys", shops.credentialKeys(platform));
        return "shops/list :: credential-fields";
    }

    @PostMapping
    public String add(@RequestParam Map<String, String> params, Authentication user, Model model) {
        requireAdmin(user);
        ShopForm form = form(params);
        try {
            Shop shop = shops.add(new NewShop(form.platform(), form.settings(credentials(params))), user.getName());
            return "redirect:/shops?added=" + shop.id() + "&platform=" + shop.platform();
        } catch (ShopRefusedException e) {
            workspace(model, form, refusals.of(e.problems()), null);
            return "shops/list";
        }
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Authentication user, Model model) {
        requireAdmin(user);
        editModel(model, shops.get(id), null, null);
        return "shops/edit";
    }

    @PostMapping("/{id}")
    public String update(
            @PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Model model) {
        requireAdmin(user);
        ShopForm form = form(params);
        Map<String, String> credentials = credentials(params);
        try {
            shops.update(id, form.settings(credentials.isEmpty() ? null : credentials), user.getName());
            return "redirect:/shops";
        } catch (ShopRefusedException e) {
            editModel(model, shops.get(id), form, refusals.of(e.problems()));
            return "shops/edit";
        }
    }

    @PostMapping("/{id}/disable")
    public String disable(@PathVariable long id, Authentication user) {
        requireAdmin(user);
        shops.disable(id, user.getName());
        return "redirect:/shops";
    }

    @PostMapping("/{id}/enable")
    public String enable(@PathVariable long id, Authentication user) {
        requireAdmin(user);
        shops.enable(id, user.getName());
        return "redirect:/shops";
    }

    /** "Sync now": runs the shop's sync and answers with the refreshed list and what the run did. */
    @PostMapping("/{id}/sync")
    public String syncNow(@PathVariable long id, Model model) {
        Shop shop = shops.get(id);
        SyncService.Report report;
        try {
            report = shops.syncNow(id);
        } catch (SyncRefusedException e) {
            report = new SyncService.Report(id, null, 0, null, e.describe(messages, LocaleContextHolder.getLocale()));
        }
        workspace(
                model,
                ShopForm.empty(shops.platforms().stream().findFirst().orElse(null)),
                null,
                new SyncOutcome(id, shop.name(), report));
        return "shops/list :: workspace";
    }

    private void workspace(
            Model model, ShopForm form, List<ShopRefusedException.Problem> problems, SyncOutcome outcome) {
        model.addAttribute(
                "rows",
                shops.all().stream().map(s -> new ShopRow(s, shops.status(s))).toList());
        model.addAttribute("platforms", shops.platforms());
        model.addAttribute("methods", logistics.findMethods());
        model.addAttribute("form", form);
        model.addAttribute("credentialKeys", shops.credentialKeys(form.platform()));
        model.addAttribute("problems", problems);
        model.addAttribute("outcome", outcome);
    }

    private void editModel(Model model, Shop shop, ShopForm form, List<ShopRefusedException.Problem> problems) {
        model.addAttribute("shop", shop);
        model.addAttribute("form", form == null ? ShopForm.of(shop) : form);
        model.addAttribute("methods", logistics.findMethods());
        model.addAttribute("credentialKeys", shops.credentialKeys(shop.platform()));
        model.addAttribute("problems", problems);
    }

    private static ShopForm form(Map<String, String> params) {
        String method = params.get("defaultLogisticsMethodId");
        Long methodId;
        try {
            methodId = method == null || method.isBlank() ? null : Long.valueOf(method.trim());
        } catch (NumberFormatException notANumber) {
            methodId = -1L;
        }
        return new ShopForm(
                params.get("platform"),
                params.get("name"),
                params.get("endpoint"),
                params.get("authEndpoint"),
                params.get("marketplaceIds"),
                methodId);
    }

    /** The credential fields that were filled in; blank ones are left out. */
    private static Map<String, String> credentials(Map<String, String> params) {
        Map<String, String> credentials = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(CREDENTIAL) && value != null && !value.isBlank()) {
                credentials.put(name.substring(CREDENTIAL.length()), value);
            }
        });
        return credentials;
    }

    private static boolean isAdmin(Authentication user) {
        return user != null
                && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
    }

    /** Adding, editing, disabling and enabling shops are an admin's; the page chain lets clerks in for the rest. */
    private static void requireAdmin(Authentication user) {
        if (!isAdmin(user)) {
            throw new AccessDeniedException("only an admin may change shops");
        }
    }
}
