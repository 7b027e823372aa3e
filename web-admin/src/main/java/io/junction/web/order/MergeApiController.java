package io.junction.web.order;

import io.junction.merge.MergeService;
import io.junction.order.OrderPackage;
import io.junction.web.api.OrderIdsRequest;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Merging (合并) orders into one parcel over JSON, and undoing it before the parcel exists. */
@RestController
public class MergeApiController {

    private final MergeService merges;
    private final OrderQueries queries;

    public MergeApiController(MergeService merges, OrderQueries queries) {
        this.merges = merges;
        this.queries = queries;
    }

    /** The merged package and the orders it carries. */
    public record Merged(long packageId, String packageNo, List<Long> orderIds) {}

    @Operation(
            summary = "Merge allocated orders of one shop, buyer and address into one parcel",
            description = "Before tracking is requested. Each order still ships and is confirmed to its"
                    + " marketplace with the shared tracking number; undo with POST /api/v1/orders/{id}/merge/undo.")
    @ApiRefusal(
            status = 409,
            description = "An order is elsewhere in the flow, differs in shop, buyer or address,"
                    + " is merged already, or its parcel is requested.")
    @PostMapping("/api/v1/orders/actions/merge")
    public Merged merge(@RequestBody OrderIdsRequest request, Principal user) {
        List<Long> ids = request.requireIds();
        ids.forEach(queries::detail);
        OrderPackage pkg = merges.merge(ids, user.getName());
        return new Merged(pkg.id(), pkg.packageNo(), ids.stream().sorted().toList());
    }

    @Operation(summary = "Undo the merge that carries this order, before its parcel is requested")
    @ApiRefusal(status = 409, description = "The order is not merged, or the merged parcel is requested.")
    @PostMapping("/api/v1/orders/{id}/merge/undo")
    public OrderDetail undo(@PathVariable long id, Principal user) {
        queries.detail(id);
        merges.undo(id, user.getName());
        return queries.detail(id);
    }
}
