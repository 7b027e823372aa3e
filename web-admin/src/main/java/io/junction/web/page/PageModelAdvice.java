package io.junction.web.page;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person into every page's model, for the header. */
@ControllerAdvice(annotations = Controller.class)
public class PageModelAdvice {

    @ModelAttribute("currentUser")
    public CurrentUser currentUser(Authentication user) {
        return CurrentUser.of(user);
    }
}
