package io.junction.returns;

import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.Refusal;
import io.junction.order.RefusedChangeException.Problem;
import io.junction.persistence.GeneratedId;
import io.junction.shop.ShopScope;
import io.junction.stock.StockLedger;
import io.junction.stock.StockMapper;
import io.junction.stock.StockReference;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns (RMA) of shipped orders: registered against what shipped and was not returned yet, received with
 * each restocked unit a RETURN movement of the {@link StockLedger}, closed with the refund as information.
 * Every request is checked whole before anything changes; what lies outside the caller's shops does not exist.
 */
@Service
public class ReturnService {

    /** {@code rma_return.reason} and {@code refund_note} hold this many characters. */
    public static final int MAX_TEXT = 500;
    /** {@code rma_return_line.location} holds this many characters. */
    public static final int MAX_LOCATION = 32;

    private final ReturnMapper returns;
    private final OrderMapper orders;
    private final StockLedger ledger;
    private final StockMapper stock;
    private final ShopScope scope;
    private final Clock clock;

    public ReturnService(
            ReturnMapper returns,
            OrderMapper orders,
            StockLedger ledger,
            StockMapper stock,
            ShopScope scope,
            Clock clock) {
        this.returns = returns;
        this.orders = orders;
        this.ledger = ledger;
        this.stock = stock;
        this.scope = scope;
        this.clock = clock;
    }

    /** One line of a return as asked: the order line and how many units come back. */
    public record RequestedLine(Long orderLineId, Integer quantity) {}

    /** One line of a receipt: the order line, how many units arrived, what becomes of them, and where. */
    public record ReceivedLine(Long orderLineId, Integer quantity, Disposition disposition, String location) {}

    /** The newest returns in scope, of one status or all, of one order or all. */
    public List<Return> list(ReturnStatus status, Long orderId, int limit) {
        return returns.list(status, orderId, scope.shopIds(), limit);
    }

    /** How many returns in scope each status holds. */
    public Map<ReturnStatus, Long> countByStatus() {
        Map<ReturnStatus, Long> counts = new LinkedHashMap<>();
        for (ReturnStatus s : ReturnStatus.values()) {
            counts.put(s, 0L);
        }
        returns.countByStatus(scope.shopIds()).forEach(c -> counts.put(c.status(), c.count()));
        return counts;
    }

    /** @throws NoSuchElementException when there is no such return in scope */
    public Return get(long id) {
        return scope.require(returns.findById(id), Return::shopId, "no return " + id);
    }

    /**
     * Units per order line that may still be returned: shipped minus already returned.
     *
     * @throws NoSuchElementException when there is no such order in scope
     */
    public Map<Long, Integer> returnable(long orderId) {
        order(orderId);
        return returnable(orderId, orders.lines(orderId));
    }

    /**
     * Registers a return of a shipped order.
     *
     * @throws NoSuchElementException when there is no such order in scope
     * @throws ReturnRefusedException with every reason (no reason, no lines, a line not of the order, a
     *     quantity not positive or above what shipped and was not returned yet); nothing is registered then
     */
    @Transactional
    public Return register(Long orderId, String reason, List<RequestedLine> lines, String actor) {
        List<Problem> problems = new ArrayList<>();
        String why = checkReason(reason, problems);
        if (orderId == null) {
            throw new NoSuchElementException("no order null");
        }
        order(orderId);
        returns.lockOrder(orderId);
        List<OrderLine> orderLines = orders.lines(orderId);
        Map<Long, OrderLine> byId = orderLines.stream().collect(Collectors.toMap(OrderLine::id, Function.identity()));
        Map<Long, Integer> returnable = returnable(orderId, orderLines);
        if (returnable.values().stream().allMatch(q -> q == 0) && shippedNothing(orderId)) {
            throw ReturnRefusedException.conflict(
                    "orderId",
                    "nothing of order " + orderId + " has shipped",
                    ReturnRefusedException.NOT_SHIPPED,
                    orderId);
        }
        boolean conflict = checkLines(
                lines,
                byId,
                orderId,
                returnable,
                ReturnRefusedException.MORE_THAN_RETURNABLE,
                "shipped and not returned yet",
                problems);
        if (!problems.isEmpty()) {
            throw new ReturnRefusedException(problems, conflict);
        }
        GeneratedId id = new GeneratedId();
        returns.insert(id, orderId, null, why, actor, clock.instant());
        for (RequestedLine line : lines) {
            returns.insertLine(id.get(), line.orderLineId(), line.quantity());
        }
        return get(id.get());
    }

    /**
     * Receives a requested return: each line's units restocked (a RETURN movement of the ledger for each
     * warehouse SKU the line shipped as, and the SKU's bin set when a location is given) or scrapped.
     *
     * @throws NoSuchElementException when there is no such return in scope
     * @throws ReturnRefusedException with every reason; nothing is received then
     */
    @Transactional
    public Return receive(long id, List<ReceivedLine> lines, String actor) {
        Return ret = get(id);
        List<Problem> problems = new ArrayList<>();
        if (ret.status() != ReturnStatus.REQUESTED) {
            throw wrongStatus(id, ret.status(), "not REQUESTED: nothing to receive");
        }
        if (lines == null || lines.isEmpty()) {
            problems.add(problem("lines", "a receipt needs at least one line", ReturnRefusedException.NO_LINES));
        }
        Map<Long, ReturnLine> byOrderLine =
                ret.lines().stream().collect(Collectors.toMap(ReturnLine::orderLineId, Function.identity()));
        Map<Long, int[]> counted = new LinkedHashMap<>();
        Map<Long, String> locations = new HashMap<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            ReceivedLine line = lines.get(i);
            int n = i + 1;
            String field = "lines[" + i + "]";
            if (line == null || line.orderLineId() == null) {
                problems.add(namesNoLine(field, n));
                continue;
            }
            if (!byOrderLine.containsKey(line.orderLineId())) {
                problems.add(notALineOf("return " + id, field, n, line.orderLineId()));
                continue;
            }
            Problem badQuantity = quantityBelowOne(field, n, line.quantity());
            if (badQuantity != null) {
                problems.add(badQuantity);
                continue;
            }
            if (line.disposition() == null) {
                problems.add(problem(
                        field + ".disposition",
                        "line " + n + " says RESTOCK or SCRAP",
                        ReturnRefusedException.DISPOSITION_REQUIRED,
                        n));
                continue;
            }
            String location = blankToNull(line.location());
            if (location != null && location.length() > MAX_LOCATION) {
                problems.add(problem(
                        field + ".location",
                        "line " + n + ": a bin location is at most " + MAX_LOCATION + " characters",
                        ReturnRefusedException.LOCATION_TOO_LONG,
                        n,
                        MAX_LOCATION));
                continue;
            }
            int[] c = counted.computeIfAbsent(line.orderLineId(), k -> new int[2]);
            c[line.disposition() == Disposition.RESTOCK ? 0 : 1] += line.quantity();
            if (location != null && line.disposition() == Disposition.RESTOCK) {
                locations.put(line.orderLineId(), location);
            }
            ReturnLine announced = byOrderLine.get(line.orderLineId());
            if (c[0] + c[1] > announced.quantity()) {
                problems.add(problem(
                        field + ".quantity",
                        "line " + n + ": " + (c[0] + c[1]) + " × " + announced.platformSku()
                                + " received, more than the " + announced.quantity() + " the return announced",
                        ReturnRefusedException.MORE_THAN_RETURNED,
                        n,
                        announced.platformSku(),
                        c[0] + c[1],
                        announced.quantity()));
            }
        }
        Map<Long, List<ReturnMapper.LineSku>> skus = lastShippedSkus(ret.orderId());
        for (int i = 0; lines != null && i < lines.size(); i++) {
            ReceivedLine line = lines.get(i);
            if (line != null
                    && line.disposition() == Disposition.RESTOCK
                    && byOrderLine.containsKey(line.orderLineId())
                    && !skus.containsKey(line.orderLineId())) {
                problems.add(problem(
                        "lines[" + i + "].orderLineId",
                        "line " + (i + 1) + ": "
                                + byOrderLine.get(line.orderLineId()).platformSku()
                                + " shipped as no warehouse SKU to put back",
                        ReturnRefusedException.NO_WAREHOUSE_SKU,
                        i + 1,
                        byOrderLine.get(line.orderLineId()).platformSku()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReturnRefusedException(problems, false);
        }
        if (returns.markReceived(id, ret.version(), actor, clock.instant()) != 1) {
            throw wrongStatus(id, get(id).status(), "not REQUESTED: nothing to receive");
        }
        StockReference reference = new StockReference("RETURN:" + id);
        for (Map.Entry<Long, int[]> e : counted.entrySet()) {
            ReturnLine announced = byOrderLine.get(e.getKey());
            int restocked = e.getValue()[0];
            String location = locations.get(e.getKey());
            if (restocked > 0) {
                for (ReturnMapper.LineSku sku : skus.get(e.getKey())) {
                    ledger.returned(
                            sku.skuId(),
                            restocked * sku.unitsPerItem(),
                            reference,
                            actor,
                            "return " + id + ": " + ret.reason());
                    if (location != null) {
                        stock.putAway(sku.skuId(), location);
                    }
                }
            }
            returns.recordLine(announced.id(), restocked, e.getValue()[1], location);
        }
        return get(id);
    }

    /**
     * Closes a received return, recording the refund the seller made on the platform (information only).
     *
     * @throws ReturnRefusedException when the return is not RECEIVED, or the refund is negative or the note too long
     */
    @Transactional
    public Return close(long id, BigDecimal refundAmount, String refundNote, String actor) {
        Return ret = get(id);
        List<Problem> problems = new ArrayList<>();
        if (refundAmount != null
                && (refundAmount.signum() < 0
                        || refundAmount.scale() > 2
                        || refundAmount.precision() - refundAmount.scale() > 12)) {
            problems.add(problem(
                    "refundAmount",
                    "a refund is not negative and has at most two decimals, got " + refundAmount,
                    ReturnRefusedException.BAD_REFUND,
                    refundAmount.toPlainString()));
        }
        String note = blankToNull(refundNote);
        if (note != null && note.length() > MAX_TEXT) {
            problems.add(problem(
                    "refundNote",
                    "a note is at most " + MAX_TEXT + " characters",
                    ReturnRefusedException.REASON_REQUIRED,
                    MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new ReturnRefusedException(problems, false);
        }
        if (ret.status() != ReturnStatus.RECEIVED
                || returns.close(id, ret.version(), refundAmount, note, actor, clock.instant()) != 1) {
            throw wrongStatus(id, get(id).status(), "not RECEIVED: it cannot be closed");
        }
        return get(id);
    }

    /**
     * The order line of a return that a scanned barcode stands for: the line shipped as the barcode's
     * warehouse SKU; empty when none.
     */
    public Optional<Long> lineOfSku(long returnId, long skuId) {
        Return ret = get(returnId);
        Map<Long, List<ReturnMapper.LineSku>> skus = lastShippedSkus(ret.orderId());
        return ret.lines().stream()
                .map(ReturnLine::orderLineId)
                .filter(l -> skus.getOrDefault(l, List.of()).stream().anyMatch(s -> s.skuId() == skuId))
                .findFirst();
    }

    private Order order(long orderId) {
        return scope.require(orders.findById(orderId), Order::shopId, "no order " + orderId);
    }

    private boolean shippedNothing(long orderId) {
        return returns.shipped(orderId).stream().allMatch(c -> c.quantity() == 0);
    }

    private Map<Long, Integer> returnable(long orderId, List<OrderLine> lines) {
        Map<Long, Integer> shipped = counts(returns.shipped(orderId));
        Map<Long, Integer> returned = counts(returns.returned(orderId));
        Map<Long, Integer> left = new LinkedHashMap<>();
        for (OrderLine line : lines) {
            left.put(line.id(), Math.max(0, shipped.getOrDefault(line.id(), 0) - returned.getOrDefault(line.id(), 0)));
        }
        return left;
    }

    static Map<Long, Integer> counts(List<ReturnMapper.LineCount> counts) {
        return counts.stream()
                .collect(Collectors.toMap(
                        ReturnMapper.LineCount::orderLineId, ReturnMapper.LineCount::quantity, Integer::sum));
    }

    /** Per order line, the SKUs of the last shipped package that carried it (a bundle's components). */
    private Map<Long, List<ReturnMapper.LineSku>> lastShippedSkus(long orderId) {
        Map<Long, List<ReturnMapper.LineSku>> last = new HashMap<>();
        for (ReturnMapper.LineSku sku : returns.shippedSkus(orderId)) {
            List<ReturnMapper.LineSku> kept = last.get(sku.orderLineId());
            if (kept == null || kept.get(0).packageId() != sku.packageId()) {
                kept = new ArrayList<>();
                last.put(sku.orderLineId(), kept);
            }
            kept.add(sku);
        }
        return last;
    }

    /** The reason stripped; a problem added when it is blank or too long. */
    static String checkReason(String reason, List<Problem> problems) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_TEXT) {
            problems.add(problem(
                    "reason",
                    "say why, in 1 to " + MAX_TEXT + " characters",
                    ReturnRefusedException.REASON_REQUIRED,
                    MAX_TEXT));
        }
        return why;
    }

    /**
     * Checks lines asked of an order: at least one, each naming a line of the order once, with a quantity from
     * 1 to that line's {@code limit}; every problem is added.
     *
     * @param overCode the refusal of a quantity above the limit: {@code (line, sku, quantity, limit)}
     * @param overWords what the limit counts, in English
     * @return whether every problem so far is a quantity above the limit (a conflict with what happened, not bad input)
     */
    static boolean checkLines(
            List<RequestedLine> lines,
            Map<Long, OrderLine> byId,
            long orderId,
            Map<Long, Integer> limit,
            String overCode,
            String overWords,
            List<Problem> problems) {
        if (lines == null || lines.isEmpty()) {
            problems.add(problem("lines", "at least one line is needed", ReturnRefusedException.NO_LINES));
        }
        boolean conflict = false;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            RequestedLine line = lines.get(i);
            int n = i + 1;
            String field = "lines[" + i + "]";
            if (line == null || line.orderLineId() == null) {
                problems.add(namesNoLine(field, n));
                continue;
            }
            OrderLine orderLine = byId.get(line.orderLineId());
            if (orderLine == null) {
                problems.add(notALineOf("order " + orderId, field, n, line.orderLineId()));
                continue;
            }
            if (!seen.add(line.orderLineId())) {
                problems.add(problem(
                        field + ".orderLineId",
                        "line " + n + ": order line " + line.orderLineId() + " is named twice",
                        ReturnRefusedException.LINE_TWICE,
                        n,
                        line.orderLineId()));
                continue;
            }
            Problem badQuantity = quantityBelowOne(field, n, line.quantity());
            if (badQuantity != null) {
                problems.add(badQuantity);
                continue;
            }
            int left = limit.getOrDefault(line.orderLineId(), 0);
            if (line.quantity() > left) {
                conflict = true;
                problems.add(problem(
                        field + ".quantity",
                        "line " + n + ": " + line.quantity() + " × " + orderLine.platformSku() + " is more than the "
                                + left + " " + overWords,
                        overCode,
                        n,
                        orderLine.platformSku(),
                        line.quantity(),
                        left));
            }
        }
        return conflict
                && problems.stream()
                        .allMatch(p -> p.refusal() != null && p.refusal().code().equals(overCode));
    }

    /** The refusal of line {@code n} when it names no order line. */
    private static Problem namesNoLine(String field, int n) {
        return problem(
                field + ".orderLineId", "line " + n + " names no order line", ReturnRefusedException.LINE_REQUIRED, n);
    }

    /** The refusal of line {@code n} when its order line is not one of {@code what} ("order 7", "return 9"). */
    private static Problem notALineOf(String what, String field, int n, long orderLineId) {
        return problem(
                field + ".orderLineId",
                "line " + n + ": " + orderLineId + " is not a line of " + what,
                ReturnRefusedException.NOT_ORDER_LINE,
                n,
                orderLineId);
    }

    /** The refusal of a return that is not in the status asked for (any more): "return 7 is CLOSED, {@code what}". */
    private static ReturnRefusedException wrongStatus(long id, ReturnStatus status, String what) {
        return ReturnRefusedException.conflict(
                "status",
                "return " + id + " is " + status + ", " + what,
                ReturnRefusedException.WRONG_STATUS,
                id,
                status);
    }

    /** The refusal of line {@code n}'s quantity when it is missing or below one; null when it is one or more. */
    private static Problem quantityBelowOne(String field, int n, Integer quantity) {
        return quantity != null && quantity >= 1
                ? null
                : problem(
                        field + ".quantity",
                        "line " + n + ": a quantity is at least 1, got " + quantity,
                        ReturnRefusedException.QUANTITY_NOT_POSITIVE,
                        n,
                        quantity);
    }

    private static Problem problem(String field, String reason, String code, Object... args) {
        return new Problem(field, reason, Refusal.of(code, args));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
