package io.junction.sync;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.persistence.GeneratedId;
import io.junction.shop.Shop;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upserts one page of platform orders, keyed by (shop, platform order id). A new order enters at
 * the status its platform state calls for; a newer version of a known order merges its platform
 * facts and reacts (payment, cancellation, address change) without ever rolling our status back;
 * an older or equal version changes nothing.
 */
@Service
public class OrderIntake {

    static final String ACTOR = "sync";

    private final OrderMapper orders;
    private final SkuMapper skus;
    private final SyncMapper sync;
    private final OrderTransitions transitions;
    private final OrderControlService control;
    private final Clock clock;

    public OrderIntake(OrderMapper orders, SkuMapper skus, SyncMapper sync, OrderTransitions transitions,
            OrderControlService control, Clock clock) {
        this.orders = orders;
        this.skus = skus;
        this.sync = sync;
        this.transitions = transitions;
        this.control = control;
        this.clock = clock;
    }

    /** What one page did. */
    public record Tally(int created, int updated, int unchanged, int quarantined) {
        Tally plus(Tally other) {
            return new Tally(created + other.created, updated + other.updated, unchanged + other.unchanged,
                    quarantined + other.quarantined);
        }

        static Tally empty() {
            return new Tally(0, 0, 0, 0);
        }
    }

    /** Ingests the page in one transaction: every good order upserted, every malformed one quarantined. */
    @Transactional
    public Tally ingest(Shop shop, OrderPage page) {
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ChannelOrder incoming : page.orders()) {
            Order known = orders.findByPlatformId(shop.id(), incoming.platformOrderId());
            if (known == null) {
                create(shop, incoming, now);
                created++;
            } else if (orders.mergePlatformChange(known.id(), incoming, now) == 1) {
                react(known, incoming);
                updated++;
            } else {
                unchanged++;
            }
        }
        for (OrderPage.MalformedOrder bad : page.malformed()) {
            sync.quarantine(shop.id(), bad.platformOrderId(), bad.reason(), bad.rawPayload(), sha256(bad.rawPayload()), now);
        }
        return new Tally(created, updated, unchanged, page.malformed().size());
    }

    private void create(Shop shop, ChannelOrder incoming, Instant now) {
        OrderStatus status = entryStatus(incoming.state());
        String reason = status == OrderStatus.EXCEPTION ? refundReason(shop.platform(), incoming.platformStatus()) : null;
        GeneratedId id = new GeneratedId();
        orders.insert(id, shop.id(), shop.platform(), incoming, status, reason, now);
        for (ChannelOrder.Line line : incoming.lines()) {
            WarehouseSku paired = skus.findBySkuExactly(line.sku());
            orders.insertLine(id.get(), line, paired == null ? null : paired.id());
        }
        orders.insertHistory(id.get(), null, status, ACTOR, "synced from " + shop.platform() + " as "
                + incoming.platformStatus(), now);
    }

    static OrderStatus entryStatus(PlatformState state) {
        return switch (state) {
            case UNPAID -> OrderStatus.AWAITING_PAYMENT;
            case READY_TO_SHIP -> OrderStatus.PENDING_AUDIT;
            case SHIPPED -> OrderStatus.SHIPPED;
            case CANCELLED -> OrderStatus.CANCELLED;
            case REFUND_REQUESTED -> OrderStatus.EXCEPTION;
        };
    }

    private void react(Order before, ChannelOrder incoming) {
        Order order = orders.findById(before.id());
        if (!Objects.equals(before.shipTo(), incoming.shipTo()) && !order.status().isFinal()) {
            transitions.note(order, ACTOR, "ship-to address changed on " + order.platform());
        }
        if (order.status().isFinal()) {
            return;
        }
        switch (incoming.state()) {
            case READY_TO_SHIP -> {
                if (order.status() == OrderStatus.AWAITING_PAYMENT) {
                    transitions.move(order, OrderStatus.PENDING_AUDIT, ACTOR, "paid on " + order.platform());
                }
            }
            case CANCELLED -> intercept(order);
            case REFUND_REQUESTED -> stop(order, refundReason(order.platform(), order.platformStatus()));
            case SHIPPED -> stop(order, "marked shipped on " + order.platform() + " outside Junction: check before it ships twice");
            case UNPAID -> { }
        }
    }

    static String sha256(String payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(payload).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String refundReason(String platform, String platformStatus) {
        return "buyer asked for a refund on " + platform + " (" + platformStatus + "): do not ship until it is settled";
    }

    /** Stops an order wherever it is, keeping its stock: the platform's change may yet be undone. */
    private void stop(Order order, String reason) {
        if (order.status() == OrderStatus.EXCEPTION) {
            transitions.note(order, ACTOR, reason);
        } else {
            transitions.move(order, OrderStatus.EXCEPTION, ACTOR, reason);
        }
    }

    /**
     * A platform-side cancellation: before review the order simply cancels; after review it is
     * stopped wherever it is (EXCEPTION) and its stock given back, for a person to settle.
     */
    private void intercept(Order order) {
        String reason = "cancelled on " + order.platform() + " (" + order.platformStatus() + ")";
        if (order.status() == OrderStatus.AWAITING_PAYMENT || order.status() == OrderStatus.PENDING_AUDIT) {
            transitions.move(order, OrderStatus.CANCELLED, ACTOR, reason);
        } else if (order.status() == OrderStatus.EXCEPTION) {
            transitions.note(order, ACTOR, reason);
        } else {
            transitions.move(order, OrderStatus.EXCEPTION, ACTOR, reason + ": stop this order");
        }
        control.releaseStock(order.id());
    }
}
