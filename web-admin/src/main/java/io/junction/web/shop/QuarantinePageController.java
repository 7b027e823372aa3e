package io.junction.web.shop;

import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.sync.SyncMapper;
import io.junction.web.page.CurrentUser;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The quarantine page: malformed platform orders kept aside, with the reason and the raw payload. */
@Controller
public class QuarantinePageController {

    private final SyncMapper sync;
    private final ShopService shops;

    public QuarantinePageController(SyncMapper sync, ShopService shops) {
        this.sync = sync;
        this.shops = shops;
    }

    @ModelAttribute("currentUser")
    public CurrentUser currentUser(Authentication user) {
        return new CurrentUser(user == null ? null : user.getName(), true);
    }

    @GetMapping("/quarantine")
    public String list(@RequestParam(required = false) Long shopId, Model model) {
        Map<Long, Shop> byId = shops.all().stream().collect(Collectors.toMap(Shop::id, Function.identity()));
        model.addAttribute("quarantined", sync.quarantined(shopId));
        model.addAttribute("shopNames", byId.values().stream().collect(Collectors.toMap(Shop::id, Shop::name)));
        model.addAttribute("shopPlatforms", byId.values().stream().collect(Collectors.toMap(Shop::id, Shop::platform)));
        return "quarantine/list";
    }
}
