package io.junction.web.deadline;

import io.junction.deadline.DeadlineKind;
import io.junction.deadline.DeadlineService;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ship-by deadlines over JSON: how many orders are overdue and due soon, and which. */
@RestController
public class DeadlineApiController {

    static final int MAX_HOURS = 24 * 14;
    static final int MAX_LIST = 500;

    private final DeadlineService deadlines;

    public DeadlineApiController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    /** The counts, and the orders of one kind earliest ship-by first, projected at the current pace. */
    public record Deadlines(
            long overdue, long dueSoon, long withinHours, double packagesPerHour, DeadlineService.View view) {}

    @Operation(
            summary = "Orders still to ship that are overdue, due within the hours asked, or will miss their ship-by"
                    + " at the current pace (AT_RISK)")
    @GetMapping("/api/v1/deadlines")
    public Deadlines deadlines(
            @RequestParam(defaultValue = "OVERDUE") DeadlineKind kind,
            @RequestParam(required = false) Integer hours,
            @RequestParam(defaultValue = "200") int limit) {
        if (hours != null && (hours < 1 || hours > MAX_HOURS)) {
            throw new ApiInputException("hours", "problems.parameter.invalid", "hours");
        }
        PageParameters.checkLimit(limit, MAX_LIST);
        Duration within = hours == null ? deadlines.dueWithin() : Duration.ofHours(hours);
        DeadlineService.Summary summary = deadlines.summary(within);
        DeadlineService.View view = deadlines.view(kind, within, limit);
        return new Deadlines(summary.overdue(), summary.dueSoon(), within.toHours(), view.packagesPerHour(), view);
    }
}
