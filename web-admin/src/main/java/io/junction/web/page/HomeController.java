package io.junction.web.page;

import io.junction.web.security.Role;
import io.junction.web.security.SignInThrottle;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the landing page that sends each person to their daily work. */
@Controller
public class HomeController {

    private final SignInThrottle throttle;

    public HomeController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** The sign-in page; its "too many failures" text takes the throttle's numbers, so the two cannot drift. */
    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("throttleMaxFailures", throttle.maxFailures());
        model.addAttribute("throttleBlockMinutes", throttle.blockMinutes());
        return "login";
    }

    /** Packers work at the scan station; everyone else starts at the orders to review. */
    @GetMapping("/")
    public String home(Authentication user) {
        return CurrentUser.of(user).canSeeOrders() ? "redirect:/orders" : "redirect:/scan-out";
    }

    public static boolean hasRole(Authentication user, Role role) {
        return user != null
                && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }
}
