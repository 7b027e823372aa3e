package io.junction.web.order;

import io.junction.customs.CustomsService;
import io.junction.customs.LineCustoms;
import io.junction.job.JobAction;
import io.junction.job.JobParams;
import io.junction.job.JobService;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import io.junction.shop.ShopScope;
import io.junction.web.api.ApiInputException;
import io.junction.web.order.CustomsApiController.CustomsRequest.CustomsLineInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The customs data of an order's package lines as the pages and the API see it: the lines of one order, and the same
 * fields set on every line of many orders at once, order by order (an order whose parcel is requested is refused
 * with its reason, the others are changed); more than {@link OrderActions#AT_ONCE} orders as a background job.
 */
@Component
public class OrderCustoms implements JobAction {

    /** Refusal code: the order has no package yet (it is not allocated), so no line to declare. */
    static final String NO_PACKAGE = "customs-no-package";
    /** Refusal code: a line of the order lacks a required field ({0}) that the bulk edit does not set. */
    static final String LINE_INCOMPLETE = "customs-line-incomplete";
    /** The kind of the jobs that set customs data on many orders. */
    static final String JOB_KIND = "customs";

    private final CustomsService customs;
    private final PackageMapper packages;
    private final OrderQueries queries;
    private final OrderMapper orders;
    private final ShopScope scope;
    private final JobService jobs;

    OrderCustoms(
            CustomsService customs,
            PackageMapper packages,
            OrderQueries queries,
            OrderMapper orders,
            ShopScope scope,
            JobService jobs) {
        this.customs = customs;
        this.packages = packages;
        this.queries = queries;
        this.orders = orders;
        this.scope = scope;
        this.jobs = jobs;
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
     * Refuses, before anything changes, a bulk edit that gives no field or a malformed one.
     *
     * @throws ApiInputException naming the field at fault
     */
    void check(CustomsLineInput fields) {
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
    }

    /**
     * Sets the given fields on every line of each order of the person's shops, at once when they are few ({@link
     * OrderActions#AT_ONCE}), else as a background job that keeps to the same shops.
     *
     * @throws ApiInputException when no field is given or a given one is malformed: nothing is changed
     */
    OrderActions.Submitted submit(List<Long> orderIds, CustomsLineInput fields, String actor) {
        check(fields);
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(orderIds));
        if (distinct.size() <= OrderActions.AT_ONCE) {
            return new OrderActions.Submitted.Done(setForOrders(distinct, fields));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("action", "set-customs");
        params.put("nameEn", fields.nameEn());
        params.put("nameCn", fields.nameCn());
        params.put("hsCode", fields.hsCode());
        params.put("value", fields.value() == null ? null : fields.value().toPlainString());
        params.put("currency", fields.currency());
        params.put("weightGrams", fields.weightGrams());
        params.put("shopIds", scope.shopIds() == null ? null : List.copyOf(scope.shopIds()));
        return new OrderActions.Submitted.Queued(jobs.submit(JOB_KIND, distinct, JobParams.of(params), actor));
    }

    @Override
    public String kind() {
        return JOB_KIND;
    }

    /** One chunk of a bulk edit, within the shops of the person who submitted it. */
    @Override
    public BatchActionResult run(List<Long> orderIds, JobParams params, String actor) {
        String value = params.text("value");
        String weight = params.text("weightGrams");
        CustomsLineInput fields = new CustomsLineInput(
                null,
                params.text("nameEn"),
                params.text("nameCn"),
                params.text("hsCode"),
                value == null ? null : new BigDecimal(value),
                params.text("currency"),
                weight == null ? null : Integer.valueOf(weight));
        return setForOrders(orderIds, fields, OrderActions.submitterShops(params));
    }

    /**
     * Sets the given fields (a null one is kept as each line has it) on every line of each order of the person's
     * shops, order by order.
     *
     * @throws ApiInputException when no field is given or a given one is malformed: nothing is changed
     */
    BatchActionResult setForOrders(List<Long> orderIds, CustomsLineInput fields) {
        return setForOrders(orderIds, fields, scope.shopIds());
    }

    /** As {@link #setForOrders(List, CustomsLineInput)}, for the orders of {@code shopIds} (null: every shop). */
    private BatchActionResult setForOrders(List<Long> orderIds, CustomsLineInput fields, Set<Long> shopIds) {
        check(fields);
        Map<Long, Order> found = new HashMap<>();
        orders.findByIds(orderIds).forEach(o -> found.put(o.id(), o));
        List<Long> done = new ArrayList<>();
        List<BatchActionResult.Failure> failed = new ArrayList<>();
        for (long id : orderIds) {
            Order order = found.get(id);
            if (order == null || (shopIds != null && !shopIds.contains(order.shopId()))) {
                failed.add(new BatchActionResult.Failure(id, "No order " + id, Refusal.of(Refusal.NO_SUCH_ORDER, id)));
                continue;
            }
            try {
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
            } catch (ApiInputException incomplete) {
                // a line lacks a required field that the bulk edit does not give
                String field = incomplete.field().substring(incomplete.field().indexOf('.') + 1);
                failed.add(new BatchActionResult.Failure(
                        id,
                        "A package line lacks " + field + ", which this edit does not set",
                        Refusal.of(LINE_INCOMPLETE, field)));
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
