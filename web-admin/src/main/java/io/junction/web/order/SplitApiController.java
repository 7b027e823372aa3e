package io.junction.web.order;

import io.junction.split.SplitService;
import io.junction.web.api.ApiInputException;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Splitting (拆分) one order into packages over JSON; answers the order with its new packages. */
@RestController
public class SplitApiController {

    /** More packages than any order sensibly ships in; a runaway request is refused. */
    static final int MAX_PACKAGES = 50;

    private final SplitService splits;
    private final OrderQueries queries;

    public SplitApiController(SplitService splits, OrderQueries queries) {
        this.splits = splits;
        this.queries = queries;
    }

    /** The packages to make, each a list of lines and how many of each. */
    public record SplitRequest(List<List<PartInput>> packages) {

        /** Some units of one line. */
        public record PartInput(Long lineId, Integer quantity) {}

        List<List<SplitService.Part>> parts() {
            if (packages == null || packages.size() < 2) {
                throw new ApiInputException("packages", "problems.split.packages", MAX_PACKAGES);
            }
            if (packages.size() > MAX_PACKAGES) {
                throw new ApiInputException("packages", "problems.split.packages", MAX_PACKAGES);
            }
            List<List<SplitService.Part>> parts = new ArrayList<>();
            for (int i = 0; i < packages.size(); i++) {
                List<PartInput> pkg = packages.get(i);
                if (pkg == null || pkg.isEmpty()) {
                    throw new ApiInputException("packages[" + i + "]", "problems.split.empty", i + 1);
                }
                List<SplitService.Part> part = new ArrayList<>();
                for (int j = 0; j < pkg.size(); j++) {
                    PartInput p = pkg.get(j);
                    String at = "packages[" + i + "][" + j + "]";
                    if (p == null || p.lineId() == null) {
                        throw new ApiInputException(at + ".lineId", "problems.quantities.lineId");
                    }
                    if (p.quantity() == null || p.quantity() < 1) {
                        throw new ApiInputException(
                                at + ".quantity",
                                "problems.quantities.range",
                                OrderEditApiController.MAX_QUANTITY,
                                p.quantity());
                    }
                    part.add(new SplitService.Part(p.lineId(), p.quantity()));
                }
                parts.add(part);
            }
            return parts;
        }
    }

    @Operation(
            summary = "Split an order into packages by line and quantity, before its tracking is requested",
            description = "Every unit of every line goes in exactly one package; each package gets its own parcel,"
                    + " tracking number, label, scan and marketplace confirmation (a partial shipment: AliExpress"
                    + " send_type=part, Taobao is_split with sub_tid, Amazon the package's items). JD confirms"
                    + " whole orders only and refuses.")
    @ApiRefusal(
            status = 409,
            description = "The order is not allocated, its parcel is requested, or its marketplace"
                    + " takes whole orders only.")
    @PostMapping("/api/v1/orders/{id}/split")
    public OrderDetail split(@PathVariable long id, @RequestBody SplitRequest request, Principal user) {
        List<List<SplitService.Part>> parts = request.parts();
        queries.detail(id);
        splits.split(id, parts, user.getName());
        return queries.detail(id);
    }
}
