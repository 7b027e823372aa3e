package io.junction.sync;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderEditService;
import io.junction.order.OrderMapper;
import io.junction.order.OrderRowWriter;
import io.junction.order.OrderRowWriter.NewHistory;
import io.junction.order.OrderRowWriter.NewLine;
import io.junction.order.OrderRowWriter.NewOrder;
import io.junction.order.OrderStatus;
import io.junction.order.OrdersArrived;
import io.junction.quarantine.Quarantine;
import io.junction.shop.Shop;
import io.junction.sku.SkuPairing;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upserts one page of platform orders, keyed by (shop, platform order id). A new order enters at
 * the status its platform state calls for; a newer version of a known order merges its platform
 * facts and reacts (see {@link PlatformChangeReactions}) without ever rolling our status back;
 * an older or equal version changes nothing. What cannot be read goes to the {@link Quarantine}.
 */
@Service
public class OrderIntake {

    static final String ACTOR = "sync";

    /** Rows per multi-row statement (and keys per IN list); a page of 100 orders takes one of each. */
    static final int STATEMENT_ROWS = 500;

    private final OrderMapper orders;
    private final OrderRowWriter rows;
    private final SkuPairing skus;
    private final Quarantine quarantine;
    private final PlatformChangeReactions reactions;
    private final ApplicationEventPublisher events;
    private final OrderEditService edits;
    private final Clock clock;

    public OrderIntake(
            OrderMapper orders,
            OrderRowWriter rows,
            SkuPairing skus,
            Quarantine quarantine,
            PlatformChangeReactions reactions,
            ApplicationEventPublisher events,
            OrderEditService edits,
            Clock clock) {
        this.orders = orders;
        this.rows = rows;
        this.skus = skus;
        this.quarantine = quarantine;
        this.reactions = reactions;
        this.events = events;
        this.edits = edits;
        this.clock = clock;
    }

    /** What one page did. */
    public record Tally(int created, int updated, int unchanged, int quarantined) {
        Tally plus(Tally other) {
            return new Tally(
                    created + other.created,
                    updated + other.updated,
                    unchanged + other.unchanged,
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
        // a readable version arrived after an unreadable one; an entry this page quarantines stays open
        quarantine.resolveArrived(shop.id(), chunks(arrived), ACTOR, now);
        for (OrderPage.MalformedOrder bad : page.malformed()) {
            quarantine.keep(shop.id(), bad, now);
        }
        return new Tally(created, updated, unchanged, page.malformed().size());
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
        // a field a person edited here stays as edited; the platform's change of it is flagged instead
        ChannelOrder merged = edits.keepLocalEdits(before, incoming, ACTOR);
        if (orders.mergePlatformChange(before.id(), merged, now) != 1) {
            return false;
        }
        reactions.react(before, merged);
        return true;
    }

    private void createAll(Shop shop, List<ChannelOrder> fresh, Instant now) {
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, Long> paired = skus.idsOf(fresh.stream()
                .flatMap(o -> o.lines().stream())
                .map(ChannelOrder.Line::sku)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<NewOrder> created = new ArrayList<>(fresh.size());
        for (ChannelOrder incoming : fresh) {
            OrderStatus status = entryStatus(incoming.state());
            String reason = status == OrderStatus.EXCEPTION
                    ? PlatformChangeReactions.refundReason(shop.platform(), incoming.platformStatus())
                    : null;
            created.add(new NewOrder(incoming, status, reason));
        }
        List<NewLine> lines = new ArrayList<>();
        List<NewHistory> history = new ArrayList<>(created.size());
        List<Long> arrived = new ArrayList<>(created.size());
        for (List<NewOrder> chunk : chunks(created)) {
            List<Long> ids = rows.insertOrders(shop.id(), shop.platform(), chunk, now);
            arrived.addAll(ids);
            for (int i = 0; i < chunk.size(); i++) {
                NewOrder row = chunk.get(i);
                long id = ids.get(i);
                for (ChannelOrder.Line line : row.order().lines()) {
                    lines.add(new NewLine(id, line, line.sku() == null ? null : paired.get(line.sku())));
                }
                history.add(new NewHistory(
                        id,
                        null,
                        row.status(),
                        ACTOR,
                        "synced from " + shop.platform() + " as " + row.order().platformStatus()));
            }
        }
        for (List<NewLine> chunk : chunks(lines)) {
            rows.insertLines(chunk);
        }
        for (List<NewHistory> chunk : chunks(history)) {
            rows.insertHistories(chunk, now);
        }
        // the rules and checks run on them once this page commits, not inside it
        events.publishEvent(new OrdersArrived(arrived));
    }

    /** Slices of at most {@link #STATEMENT_ROWS}, so that one statement stays well within a packet whatever the page size. */
    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += STATEMENT_ROWS) {
            chunks.add(all.subList(from, Math.min(all.size(), from + STATEMENT_ROWS)));
        }
        return chunks;
    }

    /** The status a new order enters at, by its state on the platform. */
    public static OrderStatus entryStatus(PlatformState state) {
        return switch (state) {
            case UNPAID -> OrderStatus.AWAITING_PAYMENT;
            case READY_TO_SHIP -> OrderStatus.PENDING_AUDIT;
            case SHIPPED -> OrderStatus.SHIPPED;
            case CANCELLED -> OrderStatus.CANCELLED;
            case REFUND_REQUESTED -> OrderStatus.EXCEPTION;
        };
    }
}
