package io.junction.web.deadline;

import io.junction.deadline.DeadlineKind;
import io.junction.deadline.DeadlineService;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The deadline page: tabs of orders overdue, due within the hours chosen, and at risk at the current pace. */
@Controller
public class DeadlinePageController {

    static final int SHOWN = 500;

    private final DeadlineService deadlines;

    public DeadlinePageController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/deadlines")
    public String page(
            @RequestParam(defaultValue = "OVERDUE") DeadlineKind kind,
            @RequestParam(required = false) Integer hours,
            Model model) {
        int within = hours == null || hours < 1 || hours > DeadlineApiController.MAX_HOURS
                ? (int) deadlines.dueWithin().toHours()
                : hours;
        Duration window = Duration.ofHours(within);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", DeadlineKind.values());
        model.addAttribute("hours", within);
        model.addAttribute("summary", deadlines.summary(window));
        model.addAttribute("view", deadlines.view(kind, window, SHOWN));
        return "deadlines/list";
    }
}
