package io.junction.web.order;

import io.junction.customs.CustomsService;
import io.junction.customs.LineCustoms;
import io.junction.order.BatchActionResult;
import io.junction.order.OrderActionException;
import io.junction.order.OrderPackage;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.ApiProblems;
import io.junction.web.order.CustomsApiController.CustomsRequest.CustomsLineInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * The customs data of an order's package lines as the pages and the API see it: the lines of one order, and the same
 * fields set on every line of many orders at once, order by order (an order whose parcel is requested is refused
 * with its reason, the others are changed).
 */
@Component
public class OrderCustoms {

    /** Refusal code: the order has no package yet (it is not allocated), so no line to declare. */
    static final String NO_PACKAGE = "customs-no-package";

    private final CustomsService customs;
    private final PackageMapper packages;
    private final OrderQueries queries;
    private final ApiProblems problems;

    OrderCustoms(CustomsService customs, PackageMapper packages, OrderQueries queries, ApiProblems problems) {
        this.customs = customs;
        this.packages = packages;
        this.queries = queries;
        this.problems = problems;
    }

    /**
     * One package line as the order page shows it.
     *
     * @param editable whether its parcel is not requested yet (or was refused), so the line may change
     */
    public record Row(LineCustoms line, String packageNo, boolean editable) {}

    /** The lines of the order's active packages, in package order. */
    List<LineCustoms> ofOrder(long orderId) {
        List<LineCustoms> found = new ArrayList<>();
        for (OrderPackage pkg : packages.findByOrder(orderId)) {
            found.addAll(customs.ofPackage(pkg.id()));
        }
        return found;
    }

    List<Row> rows(long orderId) {
        List<Row> rows = new ArrayList<>();
        for (OrderPackage pkg : packages.findByOrder(orderId)) {
            boolean editable =
                    pkg.preadviceStatus() == PreAdviceStatus.NONE || pkg.preadviceStatus() == PreAdviceStatus.REJECTED;
            customs.ofPackage(pkg.id()).forEach(l -> rows.add(new Row(l, pkg.packageNo(), editable)));
        }
        return rows;
    }

    /**
     * Edits one line of the order.
     *
     * @throws NoSuchElementException when the order (in the person's scope) has no such line
     */
    void editLine(long orderId, CustomsLineInput input) {
        queries.detail(orderId);
        if (ofOrder(orderId).stream().noneMatch(l -> l.packageLineId() == input.packageLineId())) {
            throw new NoSuchElementException("Order " + orderId + " has no package line " + input.packageLineId());
        }
        customs.edit(List.of(CustomsApiController.line(input, "line")));
    }

    /**
     * Sets the given fields (a null one is kept as each line has it) on every line of each order, order by order.
     *
     * @throws ApiInputException when no field is given or a given one is malformed: nothing is changed
     */
    BatchActionResult setForOrders(List<Long> orderIds, CustomsLineInput fields) {
        if (fields.nameEn() == null
                && fields.nameCn() == null
                && fields.hsCode() == null
                && fields.value() == null
                && fields.currency() == null
                && fields.weightGrams() == null) {
            throw new ApiInputException("customs", "problems.customs.nothing");
        }
        // the given fields checked once, whatever the lines hold beside them
        CustomsApiController.line(
                merged(fields, new LineCustoms(0, 0, 0, null, 0, "-", null, null, BigDecimal.ZERO, "USD", 0)),
                "customs");
        List<Long> done = new ArrayList<>();
        List<BatchActionResult.Failure> failed = new ArrayList<>();
        for (long id : orderIds) {
            try {
                queries.detail(id);
                List<LineCustoms> lines = ofOrder(id);
                if (lines.isEmpty()) {
                    failed.add(
                            new BatchActionResult.Failure(id, "The order has no package yet", Refusal.of(NO_PACKAGE)));
                    continue;
                }
                List<LineCustoms> edits = new ArrayList<>();
                for (LineCustoms line : lines) {
                    edits.add(CustomsApiController.line(merged(fields, line), "customs"));
                }
                customs.edit(edits);
                done.add(id);
            } catch (NoSuchElementException notInScope) {
                failed.add(new BatchActionResult.Failure(id, "No such order", Refusal.of(Refusal.NO_SUCH_ORDER, id)));
            } catch (ApiInputException incomplete) {
                // a line lacks a required field that the bulk edit does not give
                failed.add(new BatchActionResult.Failure(id, problems.reason(incomplete)));
            } catch (OrderActionException refused) {
                failed.add(new BatchActionResult.Failure(id, refused.getMessage(), refused.refusal()));
            } catch (RefusedArgumentException refused) {
                failed.add(new BatchActionResult.Failure(id, refused.getMessage(), refused.refusal()));
            }
        }
        return new BatchActionResult(done, failed);
    }

    /** The line's declaration with the given fields in place of its own. */
    private static CustomsLineInput merged(CustomsLineInput given, LineCustoms line) {
        return new CustomsLineInput(
                line.packageLineId(),
                given.nameEn() != null ? given.nameEn() : line.nameEn(),
                given.nameCn() != null ? given.nameCn() : line.nameCn(),
                given.hsCode() != null ? given.hsCode() : line.hsCode(),
                given.value() != null ? given.value() : line.value(),
                given.currency() != null ? given.currency() : line.currency(),
                given.weightGrams() != null ? given.weightGrams() : line.weightGrams());
    }
}
