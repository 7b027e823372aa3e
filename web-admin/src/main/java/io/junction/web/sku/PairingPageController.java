package io.junction.web.sku;

import io.junction.shop.ShopService;
import io.junction.sku.CatalogueRefusedException;
import io.junction.sku.Pairing;
import io.junction.sku.PairingDraft;
import io.junction.sku.PairingService;
import io.junction.web.page.NotFoundPage;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pairing page (商品配对): the platform SKUs seen on orders that nothing pairs, most frequent first,
 * with suggestions to tick and accept together; the seller's prefixes and suffixes; and the pairings
 * themselves, to add, edit, remove, import and export.
 */
@Controller
@NotFoundPage
@RequestMapping("/pairings")
public class PairingPageController {

    static final int UNPAIRED_SHOWN = 100;
    static final int PAGE_SIZE = 50;
    /** One component per line: "SKU-A × 2", "SKU-A x2", "SKU-A * 2", "SKU-A 2" or just "SKU-A" (one). */
    private static final Pattern COMPONENT = Pattern.compile("^(\\S+?)(?:\\s*[×xX*]\\s*|\\s+)(\\d{1,9})$");

    private final PairingService pairings;
    private final ShopService shops;
    private final CatalogueAnswers answers;

    public PairingPageController(PairingService pairings, ShopService shops, CatalogueAnswers answers) {
        this.pairings = pairings;
        this.shops = shops;
        this.answers = answers;
    }

    /** The pairing form as typed: scope "" (everywhere), "platform:X" or "shop:N"; components one per line. */
    public record PairingForm(String scope, String platformSku, String components) {

        static PairingForm empty() {
            return new PairingForm("", "", "");
        }

        static PairingForm of(Pairing p) {
            String scope =
                    p.shopId() != null ? "shop:" + p.shopId() : p.platform() != null ? "platform:" + p.platform() : "";
            StringBuilder lines = new StringBuilder();
            p.components()
                    .forEach(c -> lines.append(c.skuCode())
                            .append(" × ")
                            .append(c.quantity())
                            .append('\n'));
            return new PairingForm(scope, p.platformSku(), lines.toString().strip());
        }

        PairingDraft draft() {
            Long shopId = scope != null && scope.startsWith("shop:") ? Long.valueOf(scope.substring(5)) : null;
            String platform = scope != null && scope.startsWith("platform:") ? scope.substring(9) : null;
            List<PairingDraft.ComponentDraft> parsed = new ArrayList<>();
            for (String line : (components == null ? "" : components).split("\\R")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                Matcher m = COMPONENT.matcher(l);
                parsed.add(
                        m.matches()
                                ? new PairingDraft.ComponentDraft(m.group(1), Integer.valueOf(m.group(2)))
                                : new PairingDraft.ComponentDraft(l, 1));
            }
            return new PairingDraft(shopId, platform, platformSku, parsed);
        }
    }

    /** A scope the form offers: its value as posted, and the shop's or platform's name. */
    public record ScopeChoice(String value, String name) {}

    @GetMapping
    public String list(
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        int from = Math.max(0, page);
        PairingService.Page found = pairings.search(q, from, PAGE_SIZE);
        model.addAttribute("unpaired", pairings.unpaired(UNPAIRED_SHOWN));
        model.addAttribute("pairings", found.items());
        SkuPageController.pager(model, q, from, PAGE_SIZE, found.total());
        PairingService.Affixes affixes = pairings.affixes();
        model.addAttribute("prefixes", String.join(", ", affixes.prefixes()));
        model.addAttribute("suffixes", String.join(", ", affixes.suffixes()));
        model.addAttribute("shopNames", shopNames());
        return "pairings/list";
    }

    /** The value of a suggestion's checkbox: the platform SKU's length, a colon, the platform SKU, the SKU code. */
    public static String choice(String platformSku, String skuCode) {
        return platformSku.length() + ":" + platformSku + skuCode;
    }

    static PairingService.Acceptance acceptance(String choice) {
        int colon = choice.indexOf(':');
        int length = Integer.parseInt(choice.substring(0, colon));
        String rest = choice.substring(colon + 1);
        return new PairingService.Acceptance(rest.substring(0, length), rest.substring(length));
    }

    @PostMapping("/accept")
    public String accept(
            @RequestParam(name = "pair", required = false) List<String> chosen,
            Principal user,
            RedirectAttributes flash) {
        List<PairingService.Acceptance> accepted = new ArrayList<>();
        try {
            (chosen == null ? List.<String>of() : chosen).forEach(c -> accepted.add(acceptance(c)));
        } catch (RuntimeException malformed) {
            accepted.clear();
        }
        if (accepted.isEmpty()) {
            flash.addFlashAttribute("acceptNone", true);
            return "redirect:/pairings";
        }
        try {
            flash.addFlashAttribute("accepted", pairings.accept(accepted, user.getName()));
        } catch (CatalogueRefusedException e) {
            flash.addFlashAttribute("refused", answers.reasons(e));
        }
        return "redirect:/pairings";
    }

    @PostMapping("/affixes")
    public String affixes(
            @RequestParam(defaultValue = "") String prefixes,
            @RequestParam(defaultValue = "") String suffixes,
            RedirectAttributes flash) {
        try {
            pairings.setAffixes(split(prefixes), split(suffixes));
            flash.addFlashAttribute("affixesSaved", true);
        } catch (CatalogueRefusedException e) {
            flash.addFlashAttribute("refused", answers.reasons(e));
        }
        return "redirect:/pairings";
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    @GetMapping("/new")
    public String create(@RequestParam(required = false) String platformSku, Model model) {
        return form(null, new PairingForm("", platformSku == null ? "" : platformSku, ""), null, model);
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        Pairing pairing = pairings.get(id);
        return form(pairing, PairingForm.of(pairing), null, model);
    }

    @PostMapping
    public String add(PairingForm form, Principal user, Model model, RedirectAttributes flash) {
        return save(null, form, user, model, flash);
    }

    @PostMapping("/{id}")
    public String update(
            @PathVariable long id, PairingForm form, Principal user, Model model, RedirectAttributes flash) {
        return save(pairings.get(id), form, user, model, flash);
    }

    @PostMapping("/{id}/delete")
    public String delete(@PathVariable long id, Principal user, RedirectAttributes flash) {
        try {
            pairings.delete(id, user.getName());
            flash.addFlashAttribute("deleted", true);
        } catch (CatalogueRefusedException e) {
            flash.addFlashAttribute("refused", answers.reasons(e));
        }
        return "redirect:/pairings";
    }

    private String save(Pairing before, PairingForm form, Principal user, Model model, RedirectAttributes flash) {
        try {
            PairingDraft draft = form.draft();
            Pairing saved = before == null
                    ? pairings.create(draft, user.getName())
                    : pairings.update(before.id(), draft, user.getName());
            flash.addFlashAttribute("saved", saved.platformSku());
            return "redirect:/pairings";
        } catch (CatalogueRefusedException e) {
            return form(before, form, answers.reasons(e), model);
        } catch (NumberFormatException badScope) {
            return form(before, form, List.of(answers.notANumber("shopId", "integer")), model);
        }
    }

    private String form(Pairing pairing, PairingForm form, List<CatalogueAnswers.Reason> problems, Model model) {
        model.addAttribute("pairing", pairing);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "shopScopes",
                shops.all().stream()
                        .map(s -> new ScopeChoice("shop:" + s.id(), s.name()))
                        .toList());
        model.addAttribute(
                "platformScopes",
                shops.all().stream()
                        .map(s -> s.platform())
                        .distinct()
                        .sorted()
                        .map(p -> new ScopeChoice("platform:" + p, p))
                        .toList());
        return "pairings/edit";
    }

    @GetMapping("/export")
    public ResponseEntity<byte[]> export() {
        return SkuApiController.xlsx(PairingWorkbook.write(pairings.all()), "sku-pairings.xlsx");
    }

    @GetMapping("/import")
    public String importForm(Model model) {
        model.addAttribute("kind", "pairings");
        return "catalogue/import";
    }

    @PostMapping("/import")
    public String importSheet(
            @RequestParam(name = "file", required = false) MultipartFile file, Principal user, Model model) {
        return SkuPageController.importPage(
                "pairings",
                file,
                PairingWorkbook::read,
                drafts -> {
                    PairingService.Imported done = pairings.importAll(drafts.rows(), drafts.problems(), user.getName());
                    return new int[] {done.created(), done.updated()};
                },
                model,
                answers);
    }

    private Map<Long, String> shopNames() {
        Map<Long, String> names = new HashMap<>();
        shops.all().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }
}
