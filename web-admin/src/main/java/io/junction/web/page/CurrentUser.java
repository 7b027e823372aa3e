package io.junction.web.page;

import io.junction.web.security.Role;
import org.springframework.security.core.Authentication;

/** The signed-in person as a page header needs them: a name and what they may open. */
public record CurrentUser(String name, boolean canSeeOrders) {

    static CurrentUser of(Authentication user) {
        if (user == null || !user.isAuthenticated()) {
            return new CurrentUser(null, false);
        }
        boolean orders = HomeController.hasRole(user, Role.ADMIN) || HomeController.hasRole(user, Role.CLERK);
        return new CurrentUser(user.getName(), orders);
    }
}
