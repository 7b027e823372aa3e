package io.junction.web.security;

import java.security.Principal;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The signed-in person's API tokens (an admin's page lists everyone's), each revocable. */
@Controller
@RequestMapping("/tokens")
public class ApiTokenPageController {

    private final ApiTokens tokens;
    private final Clock clock;

    public ApiTokenPageController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    public String list(Authentication caller, Model model) {
        boolean admin = ApiTokenApiController.isAdmin(caller);
        model.addAttribute("tokens", tokens.list(admin ? null : caller.getName()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("everyone", admin);
        return "tokens/list";
    }

    @PostMapping("/{id}/revoke")
    public String revoke(@PathVariable long id, Authentication caller, Principal user) {
        tokens.revoke(id, user.getName(), ApiTokenApiController.isAdmin(caller));
        return "redirect:/tokens?revoked";
    }
}
