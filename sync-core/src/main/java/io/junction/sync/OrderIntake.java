package io.junction.sync;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderRowWriter;
import io.junction.order.OrderRowWriter.NewHistory;
import io.junction.order.OrderRowWriter.NewLine;
import io.junction.order.OrderRowWriter.NewOrder;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.shop.Shop;
import io.junction.sku.SkuPairing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Rows per multi-row statement (and keys per IN list); a page of 100 orders takes one of each. */
    static final int STATEMENT_ROWS = 500;

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final OrderRowWriter rows;
    private final SkuPairing skus;
    private final QuarantineMapper quarantine;
    private final OrderTransitions transitions;
    private final OrderControlService control;
    private final Clock clock;

    public OrderIntake(OrderMapper orders, PackageMapper packages, OrderRowWriter rows, SkuPairing skus, QuarantineMapper quarantine,
            OrderTransitions transitions, OrderControlService control, Clock clock) {
        this.orders = orders;
        this.packages = packages;
        this.rows = rows;
        this.skus = skus;
        this.quarantine = quarantine;
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

    /**
     * Ingests the page in one transaction: every good order upserted, every malformed one quarantined.
     * The page is read and written in a handful of statements whatever its size: one read of the
     * page's known orders, one of its SKU ids, one multi-row insert each for new orders, their lines and
     * their history (plain JDBC, see {@link OrderRowWriter}), and whether the shop has quarantined
     * orders to resolve. Only an order the platform changed costs statements of its own (the guarded
     * merge and its reactions), and so does an order listed twice on one page.
     */
    @Transactional
    public Tally ingest(Shop shop, OrderPage page) {
        Instant now = clock.instant();
        Map<String, ChannelOrder> firsts = new LinkedHashMap<>();
        List<ChannelOrder> repeats = new ArrayList<>();
        for (ChannelOrder incoming : page.orders()) {
            if (firsts.putIfAbsent(incoming.platformOrderId(), incoming) != null) {
                repeats.add(incoming);
            }
        }
        Map<String, Order> known = known(shop.id(), List.copyOf(firsts.keySet()));
        List<ChannelOrder> fresh = new ArrayList<>();
        List<String> arrived = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (ChannelOrder incoming : firsts.values()) {
            Order before = known.get(incoming.platformOrderId());
            if (before == null) {
                fresh.add(incoming);
                arrived.add(incoming.platformOrderId());
            } else if (merge(before, incoming, now)) {
                updated++;
                arrived.add(incoming.platformOrderId());
            } else {
                unchanged++;
            }
        }
        createAll(shop, fresh, now);
        int created = fresh.size();
        for (ChannelOrder incoming : repeats) {
            Order before = orders.findByPlatformId(shop.id(), incoming.platformOrderId());
            if (merge(before, incoming, now)) {
                updated++;
                arrived.add(incoming.platformOrderId());
            } else {
                unchanged++;
            }
        }
        resolveQuarantined(shop.id(), arrived, now);
        for (OrderPage.MalformedOrder bad : page.malformed()) {
            quarantine.insert(shop.id(), bad.platformOrderId(), QuarantineService.clip(bad.reason()), bad.rawPayload(),
                    sha256(bad.rawPayload()), now);
        }
        return new Tally(created, updated, unchanged, page.malformed().size());
    }

    /**
     * Resolves the shop's open quarantine entries of orders that this page created or moved to a
     * newer platform version: a readable version arrived after the unreadable one. An entry the
     * page itself quarantined stays open. Costs one small read per page, and an update only when the
     * shop has open entries.
     */
    private void resolveQuarantined(long shopId, List<String> arrived, Instant now) {
        if (arrived.isEmpty() || !quarantine.hasOpen(shopId)) {
            return;
        }
        for (List<String> chunk : chunks(arrived)) {
            quarantine.resolveArrived(shopId, chunk, ACTOR, now);
        }
    }

    /**
     * The stored orders among the page's, by platform order id. Should the database match an id
     * that is not byte for byte one of the page's (MySQL's usual collations ignore case and trailing
     * spaces), the page's ids are looked up one by one, as the database compares them.
     */
    private Map<String, Order> known(long shopId, List<String> platformOrderIds) {
        Map<String, Order> known = new HashMap<>();
        boolean inexact = false;
        for (List<String> chunk : chunks(platformOrderIds)) {
            Set<String> asked = new HashSet<>(chunk);
            for (Order order : orders.findByPlatformIds(shopId, chunk)) {
                known.put(order.platformOrderId(), order);
                inexact |= !asked.contains(order.platformOrderId());
            }
        }
        if (inexact) {
            known.clear();
            for (String platformOrderId : platformOrderIds) {
                Order order = orders.findByPlatformId(shopId, platformOrderId);
                if (order != null) {
                    known.put(platformOrderId, order);
                }
            }
        }
        return known;
    }

    /**
     * Merges {@code incoming} into the stored order if it is a newer platform version, and reacts.
     * The guarded update decides; an incoming version that is not newer than the one just read (as the
     * database stores it, to the millisecond) could not pass the guard and is not sent.
     */
    private boolean merge(Order before, ChannelOrder incoming, Instant now) {
        if (!incoming.updatedAt().truncatedTo(ChronoUnit.MILLIS).isAfter(before.platformUpdatedAt())) {
            if (before.platformState() == null) {
                // an order synced before the platform's state was kept learns it from the same version
                orders.fillPlatformState(before.id(), incoming.state());
            }
            return false;
        }
        if (orders.mergePlatformChange(before.id(), incoming, now) != 1) {
            return false;
        }
        react(before, incoming);
        return true;
    }

    private void createAll(Shop shop, List<ChannelOrder> fresh, Instant now) {
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, Long> paired = skus.idsOf(fresh.stream()
                .flatMap(o -> o.lines().stream()).map(ChannelOrder.Line::sku).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<NewOrder> created = new ArrayList<>(fresh.size());
        for (ChannelOrder incoming : fresh) {
            OrderStatus status = entryStatus(incoming.state());
            String reason = status == OrderStatus.EXCEPTION ? refundReason(shop.platform(), incoming.platformStatus()) : null;
            created.add(new NewOrder(incoming, status, reason));
        }
        List<NewLine> lines = new ArrayList<>();
        List<NewHistory> history = new ArrayList<>(created.size());
        for (List<NewOrder> chunk : chunks(created)) {
            List<Long> ids = rows.insertOrders(shop.id(), shop.platform(), chunk, now);
            for (int i = 0; i < chunk.size(); i++) {
                NewOrder row = chunk.get(i);
                long id = ids.get(i);
                for (ChannelOrder.Line line : row.order().lines()) {
                    lines.add(new NewLine(id, line, line.sku() == null ? null : paired.get(line.sku())));
                }
                history.add(new NewHistory(id, null, row.status(), ACTOR, "synced from " + shop.platform() + " as "
                        + row.order().platformStatus()));
            }
        }
        for (List<NewLine> chunk : chunks(lines)) {
            rows.insertLines(chunk);
        }
        for (List<NewHistory> chunk : chunks(history)) {
            rows.insertHistories(chunk, now);
        }
    }

    /** Slices of at most {@link #STATEMENT_ROWS}, so that one statement stays well within a packet whatever the page size. */
    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += STATEMENT_ROWS) {
            chunks.add(all.subList(from, Math.min(all.size(), from + STATEMENT_ROWS)));
        }
        return chunks;
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
        if (order.status().isFinal()) {
            return;
        }
        boolean moved = !Objects.equals(before.shipTo(), incoming.shipTo());
        if (moved) {
            transitions.note(order, ACTOR, "ship-to address changed on " + order.platform());
        }
        switch (incoming.state()) {
            case READY_TO_SHIP -> {
                if (order.status() == OrderStatus.AWAITING_PAYMENT) {
                    transitions.move(order, OrderStatus.PENDING_AUDIT, ACTOR, "paid on " + order.platform());
                }
            }
            case CANCELLED -> intercept(order);
            case REFUND_REQUESTED -> {
                // like a cancellation: stock back, pre-advice cancelled; a refused refund is allocated again
                stop(order, refundReason(order.platform(), order.platformStatus()));
                control.withdraw(order.id(), ACTOR);
            }
            case SHIPPED -> stop(order, "marked shipped on " + order.platform() + " outside Junction: check before it ships twice");
            case UNPAID -> { }
        }
        if (moved) {
            relabel(order.id());
        }
    }

    /**
     * A parcel pre-advised to the old address carries a wrong label: the order is stopped and the
     * parcel cancelled, so that review and allocation make a new one to the new address. An order
     * whose parcel is not asked for yet simply uses the new address.
     */
    private void relabel(long orderId) {
        Order order = orders.findById(orderId);
        boolean preAdvised = packages.findByOrder(orderId).stream().map(OrderPackage::preadviceStatus)
                .anyMatch(s -> s == PreAdviceStatus.REQUESTING || s == PreAdviceStatus.CREATED
                        || s == PreAdviceStatus.UNKNOWN);
        if (!(order.status().inFlow() || order.status() == OrderStatus.ON_HOLD) || !preAdvised) {
            return;
        }
        transitions.move(order, OrderStatus.EXCEPTION, ACTOR, "ship-to address changed on " + order.platform()
                + " after the parcel was pre-advised: its label shows the old address, so the parcel is cancelled;"
                + " review the order to allocate it again");
        control.withdraw(orderId, ACTOR);
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

    /** Stops an order wherever it is (EXCEPTION with the reason), for a person to settle. */
    private void stop(Order order, String reason) {
        if (order.status() == OrderStatus.EXCEPTION) {
            transitions.note(order, ACTOR, reason);
        } else {
            transitions.move(order, OrderStatus.EXCEPTION, ACTOR, reason);
        }
    }

    /**
     * A platform-side cancellation: before review the order simply cancels; after review it is
     * stopped wherever it is (EXCEPTION), its stock given back and its carrier pre-advice cancelled,
     * for a person to settle.
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
        control.withdraw(order.id(), ACTOR);
    }
}
