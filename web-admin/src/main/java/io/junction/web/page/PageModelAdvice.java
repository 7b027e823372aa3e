package io.junction.web.page;

import io.junction.web.order.OrderPageController;
import io.junction.web.scanout.ScanOutPageController;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person into every page's model, for the header. The JSON API does without. */
@ControllerAdvice(assignableTypes = {HomeController.class, OrderPageController.class, ScanOutPageController.class})
public class PageModelAdvice {

    @ModelAttribute("currentUser")
    public CurrentUser currentUser(Authentication user) {
        return CurrentUser.of(user);
    }
}
