package io.junction.web.label;

import io.junction.label.LabelSelection;
import io.junction.label.LabelService;
import io.junction.label.LabelSort;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.PdfMapping;
import io.junction.web.openapi.ApiRefusal;
import io.junction.web.order.OrderActions;
import io.junction.web.order.OrderSelectionRequest;
import io.junction.web.page.Documents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the carriers' labels of the selected orders as one PDF, grouped by carrier. Printing is a
 * POST, which records the print on each order; a GET is a preview that changes nothing.
 */
@RestController
public class LabelController {

    private final LabelService labels;
    private final OrderActions actions;

    public LabelController(LabelService labels, OrderActions actions) {
        this.labels = labels;
        this.actions = actions;
    }

    /** Prints: the merged PDF, and each order's print (or reprint) recorded. */
    @Operation(
            summary = "Print: one merged PDF of the orders' carrier labels, grouped by carrier; each print recorded",
            description = "The orders as orderIds, or as filter (the list's parameters: \"print all matching\" in"
                    + " your shops), up to " + OrderActions.MAX_PRINT + "; more is refused (400): print in batches.")
    @ApiRefusal(status = 409, description = "Labels cannot be printed; `problems` names each order and why.")
    @PdfMapping(value = "/api/v1/labels", method = RequestMethod.POST)
    public ResponseEntity<byte[]> print(
            @RequestBody OrderSelectionRequest request,
            @Parameter(description = "the order of the labels: CARRIER (default), SKU, BIN or SCREEN (as listed)")
                    @RequestParam(required = false)
                    LabelSort sort,
            @Parameter(description = "only the parcels of this carrier, e.g. YUNEXPRESS")
                    @RequestParam(required = false)
                    String carrier,
            @Parameter(description = "only the parcels of this logistics method (its code)")
                    @RequestParam(required = false)
                    String method,
            Principal user) {
        return labelsPdf(labels.mergedLabels(selection(request, sort, carrier, method), user.getName()));
    }

    /** Junction's own labels of the orders in ZPL for a thermal printer (203 dpi); each print recorded. */
    @Operation(
            summary = "Print Junction's own labels of the orders as ZPL (thermal printers, 203 dpi)",
            description = "The orders as orderIds or filter, up to " + OrderActions.MAX_PRINT + ", as for the PDF.")
    @ApiRefusal(status = 409, description = "A parcel carries its carrier's PDF label, or cannot be printed.")
    @PostMapping(
            value = "/api/v1/labels/zpl",
            produces = {ZPL, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<String> printZpl(
            @RequestBody OrderSelectionRequest request,
            @RequestParam(required = false) LabelSort sort,
            @RequestParam(required = false) String carrier,
            @RequestParam(required = false) String method,
            Principal user) {
        String zpl = labels.zplLabels(selection(request, sort, carrier, method), user.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ZPL + ";charset=UTF-8"))
                .body(zpl);
    }

    /** The media type ZPL is served as. */
    static final String ZPL = "application/x-zpl";

    /** The orders asked for, by ids or filter (more than {@link OrderActions#MAX_PRINT} refused), narrowed as asked. */
    private LabelSelection selection(OrderSelectionRequest request, LabelSort sort, String carrier, String method) {
        return new LabelSelection(
                actions.printSelection(request.orderIds(), request.filter()),
                sort,
                blankToNull(carrier),
                blankToNull(method));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A preview of the same PDF: nothing is recorded. */
    @Operation(summary = "Preview the merged PDF of the orders' carrier labels; records nothing")
    @ApiRefusal(status = 409, description = "Labels cannot be printed; `problems` names each order and why.")
    @PdfMapping(value = "/api/v1/labels", method = RequestMethod.GET)
    public ResponseEntity<byte[]> preview(@RequestParam List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            throw new IllegalArgumentException("orderIds must list at least one order id");
        }
        if (orderIds.stream().anyMatch(Objects::isNull)) {
            // "1,,2": a blank between commas is no order
            throw new ApiInputException("orderIds", "problems.orderIds.blank");
        }
        return labelsPdf(labels.previewLabels(orderIds));
    }

    private static ResponseEntity<byte[]> labelsPdf(byte[] pdf) {
        return Documents.inline(pdf, "labels.pdf");
    }
}
