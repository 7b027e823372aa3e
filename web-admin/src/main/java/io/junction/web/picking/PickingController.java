package io.junction.web.picking;

import io.junction.pdf.PdfCaptions;
import io.junction.picking.PickingRefusedException;
import io.junction.picking.PickingService;
import io.junction.web.api.ApiProblems;
import io.junction.web.api.PdfMapping;
import io.junction.web.openapi.ApiRefusal;
import io.junction.web.order.OrderActions;
import io.junction.web.order.OrderSelectionRequest;
import io.junction.web.order.RefusalText;
import io.junction.web.page.Documents;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** A wave's pick list (配货单) with its picking slips, and packing slips, as PDFs. Reading only: nothing changes. */
@RestController
public class PickingController {

    private final PickingService picking;
    private final Documents captions;
    private final ApiProblems problems;
    private final RefusalText refusals;
    private final OrderActions actions;

    public PickingController(
            PickingService picking,
            Documents captions,
            ApiProblems problems,
            RefusalText refusals,
            OrderActions actions) {
        this.actions = actions;
        this.picking = picking;
        this.captions = captions;
        this.problems = problems;
        this.refusals = refusals;
    }

    @Operation(
            summary = "The pick list of a wave of allocated orders (quantities summed per SKU, in bin order, with"
                    + " barcodes), then a picking slip per order with its buyer's and seller's notes",
            description = "The orders as orderIds, or as filter (the list's parameters: all matching in your shops),"
                    + " up to " + OrderActions.MAX_PRINT + "; more is refused (400): print in batches.")
    @ApiRefusal(status = 409, description = "An order is unknown or not allocated; `problems` names each.")
    @PdfMapping(value = "/api/v1/pick-lists", method = RequestMethod.POST)
    public ResponseEntity<byte[]> pickList(@RequestBody OrderSelectionRequest request) {
        return document(picking::pickList, request, "pick-list.pdf");
    }

    @Operation(
            summary = "A packing slip per order: where it goes and what is in it",
            description = "The orders as orderIds or filter, up to " + OrderActions.MAX_PRINT + ", as for pick lists.")
    @ApiRefusal(status = 409, description = "An order is unknown or not allocated; `problems` names each.")
    @PdfMapping(value = "/api/v1/packing-slips", method = RequestMethod.POST)
    public ResponseEntity<byte[]> packingSlips(@RequestBody OrderSelectionRequest request) {
        return document(picking::packingSlips, request, "packing-slips.pdf");
    }

    /** The document of the orders the request selects, captioned in the reader's language, for a new tab. */
    private ResponseEntity<byte[]> document(
            BiFunction<List<Long>, PdfCaptions, byte[]> made, OrderSelectionRequest request, String filename) {
        return Documents.inline(
                made.apply(actions.printSelection(request.orderIds(), request.filter()), captions.under("picking.")),
                filename);
    }

    @ExceptionHandler(PickingRefusedException.class)
    ProblemDetail refused(PickingRefusedException e) {
        List<String> said = said(e, refusals);
        ProblemDetail problem = problems.titled(
                HttpStatus.CONFLICT,
                "picking.refused.title",
                problems.text("picking.refused.detail", String.join("; ", said)));
        problem.setProperty("problems", said);
        problem.setProperty("codes", e.refusals().stream().map(r -> r.code()).toList());
        return problem;
    }

    /** Each refusal in the reader's language. */
    static List<String> said(PickingRefusedException e, RefusalText refusals) {
        return e.refusals().stream()
                .map(r -> refusals.of("picking.refusal.", r, r.toString()))
                .toList();
    }
}
