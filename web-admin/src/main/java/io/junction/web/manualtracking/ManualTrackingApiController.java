package io.junction.web.manualtracking;

import io.junction.manualtracking.ManualTracking;
import io.junction.manualtracking.ManualTrackingRefusedException;
import io.junction.manualtracking.ManualTrackingService;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.ApiProblems;
import io.junction.web.openapi.ApiRefusal;
import io.junction.web.sku.XlsxTable;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Tracking numbers of parcels booked outside Junction: one order at a time, or an .xlsx sheet of them, all rows
 * or none.
 */
@RestController
public class ManualTrackingApiController {

    private final ManualTrackingService manual;
    private final ManualTrackingAnswers answers;
    private final ApiProblems problems;

    ManualTrackingApiController(ManualTrackingService manual, ManualTrackingAnswers answers, ApiProblems problems) {
        this.manual = manual;
        this.answers = answers;
        this.problems = problems;
    }

    /**
     * The body of one entry.
     *
     * @param packageNo needed only when the order waits for more than one tracking number
     */
    public record ManualTrackingRequest(String trackingNumber, String packageNo) {}

    @Operation(
            summary = "Enter the tracking number of a parcel booked outside Junction: the package becomes MANUAL,"
                    + " the order moves on to printing once every package has its number")
    @ApiRefusal(status = 400, description = "Refused with `errors` [{row, code, detail}]; nothing entered.")
    @PostMapping("/api/v1/orders/{id}/manual-tracking")
    public Map<String, Object> enter(
            @PathVariable long id, @RequestBody ManualTrackingRequest request, Principal user) {
        List<Long> orders = manual.enter(
                List.of(ManualTracking.forOrder(id, request.packageNo(), request.trackingNumber())), user.getName());
        return Map.of("entered", 1, "orderIds", orders);
    }

    @Operation(
            summary = "Enter tracking numbers from an .xlsx sheet (columns order, packageNo, trackingNumber);"
                    + " all or nothing: any bad row answers 400 with errors [{row, code, detail}]")
    @PostMapping(path = "/api/v1/manual-tracking/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> importSheet(@RequestPart("file") MultipartFile file, Principal user) {
        ManualTrackingWorkbook.Read read = read(file);
        if (!read.sheet().problems().isEmpty()) {
            throw new SheetRefusedException(answers.ofSheet(read.sheet().problems()));
        }
        List<Long> orders = manual.enter(read.entries(), user.getName());
        return Map.of("entered", read.entries().size(), "orderIds", orders);
    }

    @Operation(summary = "An empty sheet with the import's columns")
    @GetMapping("/api/v1/manual-tracking/template.xlsx")
    public ResponseEntity<byte[]> template() {
        return XlsxTable.download(ManualTrackingWorkbook.template(), "manual-tracking.xlsx");
    }

    static ManualTrackingWorkbook.Read read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new ApiInputException("file", "catalogue.import.noFile");
        }
        try (InputStream in = file.getInputStream()) {
            return ManualTrackingWorkbook.read(in);
        } catch (IOException notAWorkbook) {
            throw new ApiInputException("file", "catalogue.import.unreadable");
        }
    }

    @ExceptionHandler(ManualTrackingRefusedException.class)
    ProblemDetail refused(ManualTrackingRefusedException e) {
        return problem(answers.of(e));
    }

    @ExceptionHandler(SheetRefusedException.class)
    ProblemDetail sheetRefused(SheetRefusedException e) {
        return problem(e.said());
    }

    private ProblemDetail problem(List<ManualTrackingAnswers.Said> said) {
        ProblemDetail problem = problems.titled(
                HttpStatus.BAD_REQUEST,
                "manualtracking.refused.title",
                String.join(
                        "; ",
                        said.stream().map(ManualTrackingAnswers.Said::detail).toList()));
        problem.setProperty("errors", said);
        return problem;
    }

    /** A sheet that cannot be read as the import's columns. */
    static final class SheetRefusedException extends RuntimeException {
        private final transient List<ManualTrackingAnswers.Said> said;

        SheetRefusedException(List<ManualTrackingAnswers.Said> said) {
            super("the sheet cannot be read");
            this.said = said;
        }

        List<ManualTrackingAnswers.Said> said() {
            return said;
        }
    }
}
