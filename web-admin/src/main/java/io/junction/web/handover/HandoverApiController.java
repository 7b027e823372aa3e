package io.junction.web.handover;

import io.junction.handover.HandoverParcel;
import io.junction.handover.HandoverRefusedException;
import io.junction.handover.HandoverService;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.ApiProblems;
import io.junction.web.api.PdfMapping;
import io.junction.web.openapi.ApiRefusal;
import io.junction.web.page.Documents;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hand-over batches: open one per carrier, scan shipped parcels in, close it for its manifest. */
@RestController
@RequestMapping("/api/v1/handovers")
public class HandoverApiController {

    private final HandoverService handovers;
    private final Documents captions;
    private final ApiProblems problems;
    private final HandoverRefusals refusals;

    HandoverApiController(
            HandoverService handovers, Documents captions, ApiProblems problems, HandoverRefusals refusals) {
        this.handovers = handovers;
        this.captions = captions;
        this.problems = problems;
        this.refusals = refusals;
    }

    /** The body that opens a batch. */
    public record OpenRequest(String carrier) {}

    /** The body of a scan: a tracking or package number. */
    public record ScanRequest(String code) {}

    @Operation(summary = "The carrier's open hand-over batch, opened if it has none")
    @ApiRefusal(status = 400, description = "No carrier of that code.")
    @PostMapping
    public HandoverView open(@RequestBody OpenRequest request, Principal user) {
        if (request.carrier() == null || request.carrier().isBlank()) {
            throw new ApiInputException("carrier", "handover.problem.carrier");
        }
        return HandoverView.of(handovers.open(request.carrier(), user.getName()));
    }

    @Operation(summary = "A hand-over batch with its parcels, its count and what is due")
    @GetMapping("/{id}")
    public HandoverView batch(@PathVariable long id) {
        return HandoverView.of(handovers.batch(id));
    }

    @Operation(
            summary = "Scan a shipped parcel of the batch's carrier into the open batch, by tracking or package number")
    @ApiRefusal(
            status = 409,
            description = "Not shipped, another carrier's, in a batch already, or the batch is closed.")
    @PostMapping("/{id}/parcels")
    public HandoverView scan(@PathVariable long id, @RequestBody ScanRequest request, Principal user) {
        if (request.code() == null || request.code().isBlank()) {
            throw new ApiInputException("code", "handover.problem.code");
        }
        return HandoverView.of(handovers.scan(id, request.code(), user.getName()));
    }

    @Operation(summary = "Close the batch and answer its manifest (count, tracking numbers, weights, a line to sign)")
    @ApiRefusal(status = 409, description = "The batch changed while it was being closed.")
    @PdfMapping(value = "/{id}/close", method = RequestMethod.POST)
    public ResponseEntity<byte[]> close(@PathVariable long id, Principal user) {
        return Documents.inline(
                handovers.close(id, user.getName(), captions.under("handover."), captions.zone()),
                "handover-" + id + ".pdf");
    }

    @Operation(summary = "The manifest of a batch as it stands, to reprint it")
    @PdfMapping(value = "/{id}/manifest", method = RequestMethod.GET)
    public ResponseEntity<byte[]> manifest(@PathVariable long id) {
        return Documents.inline(
                handovers.manifest(id, captions.under("handover."), captions.zone()), "handover-" + id + ".pdf");
    }

    @Operation(summary = "Parcels shipped on a day (yyyy-MM-dd, the reader's time zone; today by default) in no batch")
    @GetMapping("/unbatched")
    public List<HandoverParcel> unbatched(@RequestParam(required = false) String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? handovers.today(captions.zone()) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ApiInputException("date", "handover.problem.date");
        }
        return handovers.unbatched(day, captions.zone());
    }

    @ExceptionHandler(HandoverRefusedException.class)
    ProblemDetail refused(HandoverRefusedException e) {
        HttpStatus status =
                e.notFound() ? HttpStatus.NOT_FOUND : e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return problems.refused(status, "handover.refused.title", refusals.of(e), e.refusal());
    }
}
