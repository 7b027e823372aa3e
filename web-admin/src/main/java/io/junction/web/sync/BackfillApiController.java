package io.junction.web.sync;

import io.junction.shop.ShopScope;
import io.junction.sync.Backfills;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.quartz.SchedulerException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/shops/{id}/backfill {"from":…,"to":…}} queues a back-fill (202 Accepted);
 * {@code GET /api/v1/shops/{id}/backfills} shows how each stands.
 */
@RestController
public class BackfillApiController {

    private final Backfills backfills;

    private final ShopScope scope;

    public BackfillApiController(Backfills backfills, ShopScope scope) {
        this.backfills = backfills;
        this.scope = scope;
    }

    /** The range to read again, as ISO-8601 instants. */
    public record BackfillRequest(Instant from, Instant to) {}

    @Operation(summary = "Read a date range of a shop's orders again, as a restartable job")
    @PostMapping("/api/v1/shops/{id}/backfill")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Backfills.Backfill request(@PathVariable long id, @RequestBody BackfillRequest request)
            throws SchedulerException {
        if (request == null) {
            throw new IllegalArgumentException("a back-fill needs {\"from\":…,\"to\":…}");
        }
        return backfills.request(id, request.from(), request.to());
    }

    @Operation(summary = "A shop's back-fills and how each stands")
    @GetMapping("/api/v1/shops/{id}/backfills")
    public List<Backfills.Backfill> list(@PathVariable long id) {
        if (!scope.includes(id)) {
            // another shop's back-fills answer as if the shop did not exist
            throw new NoSuchElementException("No shop " + id);
        }
        return backfills.list(id);
    }
}
