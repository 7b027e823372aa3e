package io.junction.manual;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.OrderRowWriter;
import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.sku.SkuPairing;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters orders by hand into a manual shop, one or a sheet's worth at once (all or nothing), with the
 * same rows a sync writes: they wait for review like any order, with the person as the actor.
 */
@Service
public class ManualOrderService {

    private final ShopService shops;
    private final OrderMapper orders;
    private final OrderRowWriter rows;
    private final SkuPairing skus;
    private final Clock clock;

    public ManualOrderService(
            ShopService shops, OrderMapper orders, OrderRowWriter rows, SkuPairing skus, Clock clock) {
        this.shops = shops;
        this.orders = orders;
        this.rows = rows;
        this.skus = skus;
        this.clock = clock;
    }

    /**
     * Creates the orders in the manual shop, all or none, and answers them as stored.
     *
     * @throws RefusedArgumentException when the shop is not a manual one or an order number is taken
     */
    @Transactional
    public List<Order> create(long shopId, List<ManualOrder> drafts, String actor) {
        Shop shop = shops.get(shopId);
        if (!ManualChannel.PLATFORM.equals(shop.platform())) {
            throw new RefusedArgumentException(
                    Refusal.of(Refusal.MANUAL_SHOP_REQUIRED, shop.name()),
                    "Shop " + shop.name() + " is a " + shop.platform() + " shop: orders by hand go in a manual shop");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<OrderRowWriter.NewOrder> created = new ArrayList<>();
        for (ManualOrder draft : drafts) {
            String number = draft.orderNumber() != null ? draft.orderNumber() : newNumber(now);
            if (orders.findByPlatformId(shopId, number) != null
                    || created.stream()
                            .anyMatch(c -> c.order().platformOrderId().equals(number))) {
                throw new RefusedArgumentException(
                        Refusal.of(Refusal.MANUAL_NUMBER_TAKEN, number), "Order number " + number + " is taken");
            }
            created.add(new OrderRowWriter.NewOrder(channelOrder(number, draft, now), OrderStatus.PENDING_AUDIT, null));
        }
        List<Long> ids = rows.insertOrders(shopId, ManualChannel.PLATFORM, created, now);
        Map<String, Long> paired = skus.idsOf(drafts.stream()
                .flatMap(d -> d.lines().stream())
                .map(ManualOrder.Line::sku)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<OrderRowWriter.NewLine> lines = new ArrayList<>();
        List<OrderRowWriter.NewHistory> history = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            long id = ids.get(i);
            for (ChannelOrder.Line line : created.get(i).order().lines()) {
                lines.add(new OrderRowWriter.NewLine(id, line, paired.get(line.sku())));
            }
            history.add(new OrderRowWriter.NewHistory(id, null, OrderStatus.PENDING_AUDIT, actor, "entered by hand"));
        }
        rows.insertLines(lines);
        rows.insertHistories(history, now);
        return orders.findByIds(ids);
    }

    private static ChannelOrder channelOrder(String number, ManualOrder draft, Instant now) {
        List<ChannelOrder.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < draft.lines().size(); i++) {
            ManualOrder.Line l = draft.lines().get(i);
            lines.add(new ChannelOrder.Line(String.valueOf(i + 1), l.sku(), l.title(), l.quantity(), l.unitPrice()));
            if (l.unitPrice() != null) {
                total = total.add(l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())));
            }
        }
        return new ChannelOrder(
                number,
                "MANUAL",
                PlatformState.READY_TO_SHIP,
                null,
                now,
                now,
                draft.buyerName(),
                draft.shipTo(),
                draft.currency(),
                total,
                draft.shipBy(),
                lines,
                draft.buyerNote());
    }

    /** A number for an order entered without one: M, the day, and a random part. */
    private static String newNumber(Instant now) {
        return "M" + now.toString().substring(0, 10).replace("-", "") + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                        .toUpperCase(java.util.Locale.ROOT);
    }
}
