package io.junction.web.order;

import io.junction.customs.CustomsService;
import io.junction.customs.LineCustoms;
import io.junction.web.api.ApiInputException;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customs data per package line over JSON: an order's lines, edits of one line or many at once, and fields set on
 * every line of many orders (in the background beyond {@link OrderActions#AT_ONCE}).
 */
@RestController
public class CustomsApiController {

    static final int MAX_LINES = 1000;

    private final CustomsService customs;
    private final OrderCustoms orderCustoms;
    private final OrderQueries queries;
    private final OrderActions actions;
    private final RefusalText refusals;

    public CustomsApiController(
            CustomsService customs,
            OrderCustoms orderCustoms,
            OrderQueries queries,
            OrderActions actions,
            RefusalText refusals) {
        this.customs = customs;
        this.orderCustoms = orderCustoms;
        this.queries = queries;
        this.actions = actions;
        this.refusals = refusals;
    }

    /**
     * The new customs data of some package lines, of one order or many: either each line's declaration ({@code
     * lines}), or the orders (as {@code orderIds} or the list's {@code filter}) and the fields to set on every line
     * of theirs, the others kept as each line has them.
     */
    public record CustomsRequest(
            List<CustomsLineInput> lines,
            List<Long> orderIds,
            OrderListParams filter,
            String nameEn,
            String nameCn,
            String hsCode,
            BigDecimal value,
            String currency,
            Integer weightGrams) {

        /** A request of lines, the shape the endpoint first took. */
        public CustomsRequest(List<CustomsLineInput> lines) {
            this(lines, null, null, null, null, null, null, null, null);
        }

        CustomsLineInput fields() {
            return new CustomsLineInput(null, nameEn, nameCn, hsCode, value, currency, weightGrams);
        }

        /** One line's declaration. */
        public record CustomsLineInput(
                Long packageLineId,
                String nameEn,
                String nameCn,
                String hsCode,
                BigDecimal value,
                String currency,
                Integer weightGrams) {}
    }

    @Operation(summary = "The customs data of each line of the order's packages")
    @GetMapping("/api/v1/orders/{id}/customs")
    public List<LineCustoms> ofOrder(@PathVariable long id) {
        queries.detail(id);
        return orderCustoms.ofOrder(id);
    }

    @Operation(
            summary = "Edit the customs data of package lines, one or many (of several orders) at once, or set fields"
                    + " on every line of many orders",
            description = "Before the parcel is requested; the carrier's request declares what the lines hold. With"
                    + " lines (up to " + MAX_LINES + "): each line's declaration, all or nothing, answered with the"
                    + " lines. With orderIds or filter (the list's parameters: all matching orders in your shops)"
                    + " and any of nameEn, nameCn, hsCode, value, currency, weightGrams: those fields set on every"
                    + " line of each order, the others kept; each order succeeds or fails with its reason. Up to "
                    + OrderActions.AT_ONCE + " orders answer at once (200); more run as a background job: 202 with"
                    + " {jobId} and a Location to poll. The whole request is checked before anything changes.")
    @ApiRefusal(status = 409, description = "A line's parcel is requested already.")
    @PutMapping("/api/v1/customs")
    public ResponseEntity<?> edit(@RequestBody CustomsRequest request, Principal user) {
        boolean byOrders = request.orderIds() != null || request.filter() != null;
        if ((request.lines() == null) == !byOrders) {
            throw new ApiInputException("lines", "problems.customs.linesOrOrders");
        }
        if (byOrders) {
            OrderActions.Submitted submitted = orderCustoms.submit(
                    actions.selection(request.orderIds(), request.filter()), request.fields(), user.getName());
            if (submitted instanceof OrderActions.Submitted.Queued queued) {
                return ResponseEntity.accepted()
                        .location(URI.create("/api/v1/jobs/" + queued.jobId()))
                        .body(new OrderApiController.Queued(queued.jobId()));
            }
            return ResponseEntity.ok(
                    OrderApiController.ActionResult.of(((OrderActions.Submitted.Done) submitted).result(), refusals));
        }
        if (request.lines().isEmpty() || request.lines().size() > MAX_LINES) {
            throw new ApiInputException("lines", "problems.customs.lines", MAX_LINES);
        }
        List<LineCustoms> edits = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            edits.add(line(request.lines().get(i), "lines[" + i + "]"));
        }
        Set<Long> orders = new HashSet<>();
        customs.ofLines(edits.stream().map(LineCustoms::packageLineId).toList()).forEach(c -> orders.add(c.orderId()));
        orders.forEach(queries::detail);
        return ResponseEntity.ok(customs.edit(edits));
    }

    /**
     * The line's declaration as checked input.
     *
     * @throws ApiInputException naming the first field at fault ({@code at.field})
     */
    static LineCustoms line(CustomsRequest.CustomsLineInput l, String at) {
        if (l == null || l.packageLineId() == null) {
            throw new ApiInputException(at + ".packageLineId", "problems.customs.lineId");
        }
        String nameEn = ShipToInput.clean(at + ".nameEn", l.nameEn(), 128, true);
        String nameCn = ShipToInput.clean(at + ".nameCn", l.nameCn(), 128, false);
        String hs = ShipToInput.clean(at + ".hsCode", l.hsCode(), 16, false);
        if (hs != null && !hs.matches("[0-9.]{4,16}")) {
            throw new ApiInputException(at + ".hsCode", "problems.customs.hsCode", hs);
        }
        if (l.value() == null || l.value().signum() < 0 || l.value().compareTo(new BigDecimal("9999999999")) > 0) {
            throw new ApiInputException(at + ".value", "problems.customs.value", String.valueOf(l.value()));
        }
        String currency = ShipToInput.clean(at + ".currency", l.currency(), 3, true);
        if (!currency.matches("[A-Za-z]{3}")) {
            throw new ApiInputException(at + ".currency", "problems.manual.currency", currency);
        }
        if (l.weightGrams() == null || l.weightGrams() < 0 || l.weightGrams() > 1_000_000) {
            throw new ApiInputException(
                    at + ".weightGrams", "problems.customs.weight", String.valueOf(l.weightGrams()));
        }
        return new LineCustoms(
                l.packageLineId(),
                0,
                0,
                null,
                0,
                nameEn,
                nameCn,
                hs,
                l.value(),
                currency.toUpperCase(Locale.ROOT),
                l.weightGrams());
    }
}
