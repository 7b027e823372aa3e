package io.junction.web.job;

import io.junction.job.JobService;
import io.junction.job.JobState;
import io.junction.web.order.RefusalText;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A background job's progress and, for the orders done so far, what happened to each. */
@RestController
@RequestMapping("/api/v1/jobs")
public class JobApiController {

    private final JobService jobs;
    private final RefusalText refusals;

    public JobApiController(JobService jobs, RefusalText refusals) {
        this.jobs = jobs;
        this.refusals = refusals;
    }

    /**
     * A job as its submitter sees it.
     *
     * @param state QUEUED, RUNNING or DONE
     * @param total how many orders it covers
     * @param done how many have their outcome
     * @param failed each refused order with the reason in the language asked for and its stable code
     */
    public record JobView(long id, JobState state, int total, int done, List<Long> succeeded, List<Failed> failed) {
        /** One refused order. */
        public record Failed(long orderId, String reason, String code) {}
    }

    @Operation(summary = "A background job's state, progress and per-order results (only its submitter sees it)")
    @GetMapping("/{id}")
    public JobView job(@PathVariable long id, Principal user) {
        return view(id, user.getName());
    }

    /** The job, if {@code user} submitted it. */
    public JobView view(long id, String user) {
        JobService.Report report = jobs.report(id)
                .filter(r -> r.job().actor().equals(user))
                .orElseThrow(() -> new NoSuchElementException("No job " + id));
        return new JobView(
                id,
                report.job().state(),
                report.job().total(),
                report.job().done(),
                report.succeeded(),
                report.failed().stream()
                        .map(f -> new JobView.Failed(
                                f.orderId(),
                                refusals.of(f),
                                f.refusal() == null ? null : f.refusal().code()))
                        .toList());
    }
}
