package io.junction.web.deadline;

import io.junction.deadline.DeadlineService;
import io.junction.web.page.HomeController;
import io.junction.web.security.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the count of overdue and due-soon orders in the signed-in person's shops into every page's model, for
 * the header; a packer, who does not see orders, gets none.
 */
@ControllerAdvice(annotations = Controller.class)
public class DeadlineHeaderAdvice {

    private final DeadlineService deadlines;

    public DeadlineHeaderAdvice(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @ModelAttribute("deadlineSummary")
    public DeadlineService.Summary deadlineSummary(Authentication user) {
        if (user == null
                || user instanceof AnonymousAuthenticationToken
                || !(HomeController.hasRole(user, Role.ADMIN) || HomeController.hasRole(user, Role.CLERK))) {
            return null;
        }
        return deadlines.summary();
    }
}
