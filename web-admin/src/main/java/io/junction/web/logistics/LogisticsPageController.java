package io.junction.web.logistics;

import io.junction.logistics.LogisticsMethodMapper;
import io.junction.logistics.LogisticsSettingsService;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The logistics page: the logistics methods with their carriers and whether they may be chosen, and the carrier
 * accounts (credential keys only, never values). An administrator switches methods on and off here; accounts and
 * methods are added through the API ({@code /api/v1/carrier-accounts}, {@code /api/v1/logistics-methods}).
 */
@Controller
@RequestMapping("/logistics")
public class LogisticsPageController {

    private final LogisticsSettingsService settings;
    private final LogisticsApiController api;
    private final LogisticsMethodMapper methods;

    public LogisticsPageController(
            LogisticsSettingsService settings, LogisticsApiController api, LogisticsMethodMapper methods) {
        this.settings = settings;
        this.api = api;
        this.methods = methods;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("methods", api.methods());
        model.addAttribute("accounts", api.accounts());
        model.addAttribute("carriers", api.carriers());
        return "logistics/list";
    }

    /** Switches a method on or off (administrators only), and shows the page again. */
    @PostMapping("/methods/{id}/enabled")
    public String enable(@PathVariable long id, @RequestParam boolean enabled) {
        if (methods.enabled(id) == null) {
            throw new NoSuchElementException("No logistics method " + id);
        }
        methods.setEnabled(id, enabled);
        return "redirect:/logistics";
    }
}
