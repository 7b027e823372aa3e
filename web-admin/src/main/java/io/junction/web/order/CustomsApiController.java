package io.junction.web.order;

import io.junction.customs.CustomsService;
import io.junction.customs.LineCustoms;
import io.junction.web.api.ApiInputException;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Customs data per package line over JSON: an order's lines, and edits of one line or many at once. */
@RestController
public class CustomsApiController {

    static final int MAX_LINES = 1000;

    private final CustomsService customs;
    private final OrderCustoms orderCustoms;
    private final OrderQueries queries;

    public CustomsApiController(CustomsService customs, OrderCustoms orderCustoms, OrderQueries queries) {
        this.customs = customs;
        this.orderCustoms = orderCustoms;
        this.queries = queries;
    }

    /** The new customs data of some package lines, of one order or many. */
    public record CustomsRequest(List<CustomsLineInput> lines) {

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
            summary = "Edit the customs data of package lines, one or many (of several orders) at once",
            description = "Before the parcel is requested; the carrier's request declares what the lines hold."
                    + " All or nothing.")
    @ApiRefusal(status = 409, description = "A line's parcel is requested already.")
    @PutMapping("/api/v1/customs")
    public List<LineCustoms> edit(@RequestBody CustomsRequest request) {
        if (request.lines() == null
                || request.lines().isEmpty()
                || request.lines().size() > MAX_LINES) {
            throw new ApiInputException("lines", "problems.customs.lines", MAX_LINES);
        }
        List<LineCustoms> edits = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            edits.add(line(request.lines().get(i), "lines[" + i + "]"));
        }
        Set<Long> orders = new HashSet<>();
        customs.ofLines(edits.stream().map(LineCustoms::packageLineId).toList()).forEach(c -> orders.add(c.orderId()));
        orders.forEach(queries::detail);
        return customs.edit(edits);
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
