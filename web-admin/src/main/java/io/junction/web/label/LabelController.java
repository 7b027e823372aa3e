package io.junction.web.label;

import io.junction.label.LabelService;
import io.junction.web.api.ApiInputException;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the carriers' labels of the selected orders as one PDF, grouped by carrier. */
@RestController
public class LabelController {

    private final LabelService labels;

    public LabelController(LabelService labels) {
        this.labels = labels;
    }

    @Operation(summary = "One merged PDF of the orders' carrier labels, grouped by carrier")
    @ApiRefusal(status = 409, description = "Labels cannot be printed; `problems` names each order and why.")
    @GetMapping(value = "/api/v1/labels", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<byte[]> labels(@RequestParam List<Long> orderIds, Principal user) {
        if (orderIds.isEmpty()) {
            throw new IllegalArgumentException("orderIds must list at least one order id");
        }
        if (orderIds.stream().anyMatch(Objects::isNull)) {
            // "1,,2": a blank between commas is no order
            throw new ApiInputException("orderIds", "problems.orderIds.blank");
        }
        byte[] pdf = labels.mergedLabels(orderIds, user.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("labels.pdf").build().toString())
                .body(pdf);
    }
}
