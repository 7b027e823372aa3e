package io.junction.returns;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.OrderReviewed;
import io.junction.order.OrderRowWriter;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.RefusedChangeException.Problem;
import io.junction.shop.ShopScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resends (补发): goods of a shipped order sent again (lost, broken, wrong) as an order of its own, linked to
 * the original, that waits for allocation and then flows like any order (its own package, parcel, label,
 * scan and shipment). The marketplace heard of the original shipment already, so a resend's shipment is never
 * confirmed to it ({@link io.junction.order.WriteBackStatus#NOT_REQUIRED}); a refund stays information on the
 * return it came with.
 */
@Service
public class ResendService {

    /** The platform status a resend carries: it has no order on the platform. */
    public static final String PLATFORM_STATUS = "RESEND";
    /** {@code oms_order.platform_order_id} holds this many characters. */
    private static final int MAX_NUMBER = 64;

    private final ReturnMapper returns;
    private final OrderMapper orders;
    private final OrderRowWriter rows;
    private final OrderTransitions transitions;
    private final ApplicationEventPublisher events;
    private final ShopScope scope;
    private final Clock clock;

    public ResendService(
            ReturnMapper returns,
            OrderMapper orders,
            OrderRowWriter rows,
            OrderTransitions transitions,
            ApplicationEventPublisher events,
            ShopScope scope,
            Clock clock) {
        this.returns = returns;
        this.orders = orders;
        this.rows = rows;
        this.transitions = transitions;
        this.events = events;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Creates the resend of goods of a shipped order: a new order of the same shop, buyer and address, numbered
     * after the original ({@code <number>-R1}, {@code -R2} …), with the lines asked, waiting for allocation.
     *
     * @throws NoSuchElementException when there is no such order in scope
     * @throws ReturnRefusedException with every reason (no reason, no lines, a line not of the order, a quantity
     *     not positive or above what shipped; nothing shipped; the order is itself a resend); nothing is created
     */
    @Transactional
    public Order resend(long orderId, String reason, List<ReturnService.RequestedLine> lines, String actor) {
        List<Problem> problems = new ArrayList<>();
        String why = ReturnService.checkReason(reason, problems);
        Order original = order(orderId);
        returns.lockOrder(orderId);
        if (original.isResend()) {
            throw ReturnRefusedException.conflict(
                    "orderId",
                    "order " + original.platformOrderId() + " is a resend: resend from order " + original.resendOf(),
                    ReturnRefusedException.RESEND_OF_RESEND,
                    orderId,
                    original.resendOf());
        }
        Map<Long, Integer> shipped = shipped(orderId);
        if (shipped.values().stream().allMatch(q -> q == 0)) {
            throw ReturnRefusedException.conflict(
                    "orderId",
                    "nothing of order " + orderId + " has shipped",
                    ReturnRefusedException.NOT_SHIPPED,
                    orderId);
        }
        Map<Long, OrderLine> byId =
                orders.lines(orderId).stream().collect(Collectors.toMap(OrderLine::id, Function.identity()));
        boolean conflict = ReturnService.checkLines(
                lines, byId, orderId, shipped, ReturnRefusedException.MORE_THAN_SHIPPED, "shipped", problems);
        if (!problems.isEmpty()) {
            throw new ReturnRefusedException(problems, conflict);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String number = number(original, returns.countResends(orderId) + 1);
        List<ChannelOrder.Line> resent = lines.stream()
                .map(l -> {
                    OrderLine line = byId.get(l.orderLineId());
                    return new ChannelOrder.Line(
                            line.platformLineId(), line.platformSku(), line.title(), l.quantity(), null);
                })
                .toList();
        ChannelOrder order = new ChannelOrder(
                number,
                PLATFORM_STATUS,
                PlatformState.READY_TO_SHIP,
                original.marketplaceId(),
                now,
                now,
                original.buyerName(),
                original.shipTo(),
                original.currency(),
                BigDecimal.ZERO,
                null,
                resent,
                original.buyerNote());
        long id = rows.insertOrders(
                        original.shopId(),
                        original.platform(),
                        List.of(new OrderRowWriter.NewOrder(order, OrderStatus.PENDING_ALLOCATION, null)),
                        now)
                .get(0);
        List<OrderRowWriter.NewLine> newLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            newLines.add(new OrderRowWriter.NewLine(
                    id, resent.get(i), byId.get(lines.get(i).orderLineId()).skuId()));
        }
        rows.insertLines(newLines);
        returns.linkResend(id, orderId);
        rows.insertHistories(
                List.of(new OrderRowWriter.NewHistory(
                        id,
                        null,
                        OrderStatus.PENDING_ALLOCATION,
                        actor,
                        "resend of order " + original.platformOrderId() + ": " + why)),
                now);
        transitions.note(original, actor, "resent as order " + number + ": " + why);
        events.publishEvent(new OrderReviewed(id));
        return orders.findById(id);
    }

    /**
     * Units shipped per order line: no more of a line is resent at once.
     *
     * @throws NoSuchElementException when there is no such order in scope
     */
    public Map<Long, Integer> shipped(long orderId) {
        order(orderId);
        return ReturnService.counts(returns.shipped(orderId));
    }

    /**
     * The resends of an order in scope, oldest first.
     *
     * @throws NoSuchElementException when there is no such order in scope
     */
    public List<Order> resendsOf(long orderId) {
        order(orderId);
        List<Long> ids = returns.resends(orderId);
        return ids.isEmpty()
                ? List.of()
                : orders.findByIds(ids).stream()
                        .filter(o -> scope.includes(o.shopId()))
                        .toList();
    }

    private Order order(long orderId) {
        return scope.require(orders.findById(orderId), Order::shopId, "no order " + orderId);
    }

    /** The original's number and {@code -R<n>}, the original's cut short where both would not fit. */
    static String number(Order original, int n) {
        String suffix = "-R" + n;
        String base = original.platformOrderId();
        return (base.length() + suffix.length() > MAX_NUMBER ? base.substring(0, MAX_NUMBER - suffix.length()) : base)
                + suffix;
    }
}
