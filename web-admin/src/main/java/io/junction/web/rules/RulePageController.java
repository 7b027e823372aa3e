package io.junction.web.rules;

import io.junction.order.RefusedChangeException.Problem;
import io.junction.rules.Blacklist;
import io.junction.rules.BlacklistKind;
import io.junction.rules.Rule;
import io.junction.rules.RuleDraft;
import io.junction.rules.RuleKind;
import io.junction.rules.RuleMapper;
import io.junction.rules.RuleRefusedException;
import io.junction.rules.RuleRunner;
import io.junction.rules.RuleStore;
import io.junction.rules.SkuFlag;
import io.junction.shop.ShopService;
import io.junction.web.page.NotFoundPage;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules page (自动规则): every rule with its priority and state, a form to add or change one with a dry run
 * ("this rule would match 37 orders now"), and the blacklist page. A refused form comes back as typed with every
 * reason, nothing stored.
 */
@Controller
@NotFoundPage
@RequestMapping("/rules")
public class RulePageController {

    static final int BLACKLIST_PAGE = 50;

    private final RuleStore store;
    private final RuleRunner runner;
    private final RuleTexts texts;
    private final Blacklist blacklist;
    private final ShopService shops;
    private final RuleMapper mapper;

    public RulePageController(
            RuleStore store,
            RuleRunner runner,
            RuleTexts texts,
            Blacklist blacklist,
            ShopService shops,
            RuleMapper mapper) {
        this.store = store;
        this.runner = runner;
        this.texts = texts;
        this.blacklist = blacklist;
        this.shops = shops;
        this.mapper = mapper;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("rules", store.all());
        model.addAttribute("methods", methodNames());
        return "rules/list";
    }

    @GetMapping("/new")
    public String create(Model model) {
        formModel(model, null, RuleForm.empty(), null, null);
        return "rules/edit";
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        Rule rule = store.get(id);
        formModel(model, rule.id(), RuleForm.of(rule), null, null);
        return "rules/edit";
    }

    @PostMapping
    public String add(
            @ModelAttribute RuleForm form,
            @RequestParam(defaultValue = "save") String intent,
            Principal user,
            Model model,
            RedirectAttributes flash) {
        return save(null, form, intent, user, model, flash);
    }

    @PostMapping("/{id}")
    public String update(
            @PathVariable long id,
            @ModelAttribute RuleForm form,
            @RequestParam(defaultValue = "save") String intent,
            Principal user,
            Model model,
            RedirectAttributes flash) {
        store.get(id);
        return save(id, form, intent, user, model, flash);
    }

    private String save(Long id, RuleForm form, String intent, Principal user, Model model, RedirectAttributes flash) {
        List<Problem> problems = new ArrayList<>();
        RuleDraft draft = form.draft(problems);
        try {
            if (!problems.isEmpty()) {
                throw new RuleRefusedException(problems, false);
            }
            if ("dry-run".equals(intent)) {
                RuleRunner.DryRun dry = runner.dryRun(store.checked(draft, id == null ? 0 : id, user.getName()));
                formModel(model, id, form, null, dry);
                return "rules/edit";
            }
            Rule saved = id == null ? store.create(draft, user.getName()) : store.update(id, draft, user.getName());
            flash.addFlashAttribute("saved", saved.name());
            return "redirect:/rules";
        } catch (RuleRefusedException e) {
            List<Problem> all = new ArrayList<>(problems);
            e.problems().stream().filter(p -> !problems.contains(p)).forEach(all::add);
            formModel(model, id, form, texts.said(all), null);
            return "rules/edit";
        }
    }

    @PostMapping("/{id}/enable")
    public String enable(@PathVariable long id, Principal user) {
        store.enable(id, true, user.getName());
        return "redirect:/rules";
    }

    @PostMapping("/{id}/disable")
    public String disable(@PathVariable long id, Principal user) {
        store.enable(id, false, user.getName());
        return "redirect:/rules";
    }

    @PostMapping("/{id}/delete")
    public String delete(@PathVariable long id, RedirectAttributes flash) {
        Rule rule = store.get(id);
        store.delete(id);
        flash.addFlashAttribute("deleted", rule.name());
        return "redirect:/rules";
    }

    @GetMapping("/blacklist")
    public String blacklist(
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
        blacklistModel(model, kind, Math.max(0, page), null, null);
        return "rules/blacklist";
    }

    @PostMapping("/blacklist")
    public String blacklistAdd(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String note,
            Principal user,
            Model model,
            RedirectAttributes flash) {
        try {
            blacklist.add(kind, value, note, user.getName());
            flash.addFlashAttribute("added", value);
            return "redirect:/rules/blacklist";
        } catch (RuleRefusedException e) {
            blacklistModel(model, null, 0, texts.said(e.problems()), new String[] {kind, value, note});
            return "rules/blacklist";
        }
    }

    @PostMapping("/blacklist/{id}/delete")
    public String blacklistRemove(@PathVariable long id) {
        blacklist.remove(id);
        return "redirect:/rules/blacklist";
    }

    private void formModel(Model model, Long id, RuleForm form, List<Problem> problems, RuleRunner.DryRun dry) {
        model.addAttribute("ruleId", id);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("dryRun", dry);
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute("flags", SkuFlag.values());
        model.addAttribute("shops", shops.all());
        model.addAttribute("methods", mapper.methods());
    }

    private void blacklistModel(Model model, String kind, int page, List<Problem> problems, String[] typed) {
        BlacklistKind chosen = kind == null || kind.isBlank() ? null : BlacklistApiController.kind(kind);
        model.addAttribute("entries", blacklist.page(chosen, page, BLACKLIST_PAGE));
        model.addAttribute("kind", chosen);
        model.addAttribute("kinds", BlacklistKind.values());
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed == null ? new String[] {"BUYER", "", ""} : typed);
    }

    private java.util.Map<Long, String> methodNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        mapper.methods().forEach(m -> names.put(m.id(), m.name()));
        return names;
    }
}
