package io.junction.web.order;

import io.junction.order.OrderEditService;
import io.junction.web.api.ApiInputException;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One order's hand edits over JSON: its ship-to (recipient and phone included) and its line quantities
 * before the parcel is requested, and the decision on a platform change of an edited field. Each
 * answers the order as it now is; a refusal is a problem that changes nothing.
 */
@RestController
@RequestMapping("/api/v1/orders/{id}")
public class OrderEditApiController {

    private final OrderEditService edits;
    private final OrderQueries queries;

    public OrderEditApiController(OrderEditService edits, OrderQueries queries) {
        this.edits = edits;
        this.queries = queries;
    }

    /** New quantities of some of the order's lines. */
    public record QuantitiesRequest(List<LineQuantity> lines) {
        /** One line's new quantity. */
        public record LineQuantity(Long lineId, Integer quantity) {}

        Map<Long, Integer> toMap() {
            if (lines == null || lines.isEmpty()) {
                throw new ApiInputException("lines", "problems.quantities.none");
            }
            Map<Long, Integer> map = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                LineQuantity l = lines.get(i);
                if (l == null || l.lineId() == null) {
                    throw new ApiInputException("lines[" + i + "].lineId", "problems.quantities.lineId");
                }
                if (l.quantity() == null || l.quantity() < 1 || l.quantity() > MAX_QUANTITY) {
                    throw new ApiInputException(
                            "lines[" + i + "].quantity", "problems.quantities.range", MAX_QUANTITY, l.quantity());
                }
                if (map.put(l.lineId(), l.quantity()) != null) {
                    throw new ApiInputException("lines[" + i + "].lineId", "problems.quantities.twice", l.lineId());
                }
            }
            return map;
        }
    }

    /** Keep the edit ({@code LOCAL}) or take the platform's new value ({@code PLATFORM}). */
    public record ResolveRequest(String take) {
        OrderEditService.Resolution resolution() {
            if ("LOCAL".equals(take)) {
                return OrderEditService.Resolution.KEEP_LOCAL;
            }
            if ("PLATFORM".equals(take)) {
                return OrderEditService.Resolution.TAKE_PLATFORM;
            }
            throw new ApiInputException("take", "problems.localEdit.take", String.valueOf(take));
        }
    }

    /** More than any order line holds; a typo such as 10000 is refused rather than reserved. */
    static final int MAX_QUANTITY = 9999;

    @Operation(
            summary = "Edit the ship-to address, recipient and phone of an order before its parcel is requested",
            description = "Each changed field is kept through later syncs; a platform change of it is flagged in"
                    + " localEdits for a person. After a carrier's refusal, fix the address here and request"
                    + " tracking again.")
    @ApiRefusal(status = 409, description = "The parcel is requested already, or the order is past editing.")
    @PutMapping("/address")
    public OrderDetail editAddress(@PathVariable long id, @RequestBody ShipToInput request, Principal user) {
        var address = request.toAddress();
        return edited(id, () -> edits.editShipTo(id, address, user.getName()));
    }

    @Operation(summary = "Edit the quantities of an order's lines before stock is reserved for it")
    @ApiRefusal(status = 409, description = "Stock is reserved already, or the order is past editing.")
    @PutMapping("/quantities")
    public OrderDetail editQuantities(@PathVariable long id, @RequestBody QuantitiesRequest request, Principal user) {
        Map<Long, Integer> quantities = request.toMap();
        return edited(id, () -> edits.editQuantities(id, quantities, user.getName()));
    }

    @Operation(summary = "Settle a platform change of a field edited here: keep the edit or take the platform's value")
    @ApiRefusal(status = 409, description = "No platform change of that field awaits a decision.")
    @PostMapping("/local-edits/{field}/resolve")
    public OrderDetail resolve(
            @PathVariable long id, @PathVariable String field, @RequestBody ResolveRequest request, Principal user) {
        var resolution = request.resolution();
        return edited(id, () -> edits.resolve(id, field, resolution, user.getName()));
    }

    /** An edit of an order that must exist (404 before anything changes), answered with the order after it. */
    private OrderDetail edited(long id, Runnable edit) {
        queries.detail(id);
        edit.run();
        return queries.detail(id);
    }
}
