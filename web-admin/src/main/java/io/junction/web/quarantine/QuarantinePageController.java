package io.junction.web.quarantine;

import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import io.junction.quarantine.QuarantineRefusedException;
import io.junction.quarantine.QuarantineService;
import io.junction.quarantine.QuarantineStatus;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.web.order.RefusalText;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quarantine page: malformed platform orders kept aside with the reason and the raw payload, in
 * tabs by status; open ones can be retried (one, or those ticked) once the cause is fixed, or
 * dismissed with a reason. Each action answers on the page it came from, entry by entry.
 */
@Controller
public class QuarantinePageController {

    private final QuarantineService quarantine;
    private final ShopService shops;
    private final MessageSource messages;
    private final RefusalText refusals;

    public QuarantinePageController(
            QuarantineService quarantine, ShopService shops, MessageSource messages, RefusalText refusals) {
        this.messages = messages;
        this.refusals = refusals;
        this.quarantine = quarantine;
        this.shops = shops;
    }

    /** One status tab and how many entries it holds. */
    public record Tab(QuarantineStatus status, long count) {}

    @GetMapping("/quarantine")
    public String list(
            @RequestParam(required = false) Long shopId,
            @RequestParam(defaultValue = "OPEN") QuarantineStatus status,
            Model model) {
        Map<Long, Shop> byId = shops.all().stream().collect(Collectors.toMap(Shop::id, Function.identity()));
        Map<QuarantineStatus, Long> counts = new EnumMap<>(QuarantineStatus.class);
        quarantine.countByStatus(shopId).forEach(c -> counts.put(c.status(), c.count()));
        model.addAttribute("status", status);
        model.addAttribute("shopId", shopId);
        model.addAttribute(
                "tabs",
                Arrays.stream(QuarantineStatus.values())
                        .map(s -> new Tab(s, counts.getOrDefault(s, 0L)))
                        .toList());
        model.addAttribute("quarantined", quarantine.list(shopId, status, QuarantineApiController.MAX_LIST));
        model.addAttribute("shopNames", byId.values().stream().collect(Collectors.toMap(Shop::id, Shop::name)));
        model.addAttribute("shopPlatforms", byId.values().stream().collect(Collectors.toMap(Shop::id, Shop::platform)));
        return "quarantine/list";
    }

    @PostMapping("/quarantine/retry")
    public String retry(
            @RequestParam(name = "id", required = false) List<Long> ids, Principal user, RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("refused", List.of(text("quarantine.tick-first")));
            return "redirect:/quarantine";
        }
        QuarantineService.Retries result = quarantine.retryAll(ids, user.getName());
        flash.addFlashAttribute("retried", result.retried());
        flash.addFlashAttribute(
                "refused",
                result.refused().stream()
                        .map(r -> text(
                                "quarantine.refused",
                                String.valueOf(r.id()),
                                refusals.of("quarantine.refusal.", r.refusal(), r.reason())))
                        .toList());
        return "redirect:/quarantine";
    }

    @PostMapping("/quarantine/{id}/dismiss")
    public String dismiss(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Principal user,
            RedirectAttributes flash) {
        try {
            quarantine.dismiss(id, user.getName(), note);
            flash.addFlashAttribute("dismissed", id);
        } catch (QuarantineRefusedException | IllegalArgumentException | NoSuchElementException e) {
            Refusal why = e instanceof QuarantineRefusedException q
                    ? q.refusal()
                    : e instanceof RefusedArgumentException r
                            ? r.refusal()
                            : e instanceof NoSuchElementException
                                    ? Refusal.of(QuarantineService.NO_SUCH_ENTRY, id)
                                    : null;
            flash.addFlashAttribute(
                    "refused",
                    List.of(text(
                            "quarantine.refused",
                            String.valueOf(id),
                            refusals.of("quarantine.refusal.", why, e.getMessage()))));
        }
        return "redirect:/quarantine";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
