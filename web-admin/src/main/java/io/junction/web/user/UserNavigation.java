package io.junction.web.user;

import io.junction.web.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page's header whether to offer the Users page: to admins only. */
@ControllerAdvice(annotations = Controller.class)
public class UserNavigation {

    @ModelAttribute("canManageUsers")
    public boolean canManageUsers(Authentication user) {
        return user != null
                && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
    }
}
