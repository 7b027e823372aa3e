package io.junction.order;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's edits of an order before its parcel is requested: the ship-to address, recipient and
 * phone, and line quantities. Each edited ship-to field is remembered ({@link LocalEdit}) so that a
 * later platform sync keeps it: a platform change of an edited field is flagged for a person, never
 * written over it. Every edit leaves a history row.
 */
@Service
public class OrderEditService {

    /** Where an order may still be edited: before its parcel exists, and not shipped or cancelled. */
    private static final Set<OrderStatus> EDITABLE = EnumSet.of(
            OrderStatus.AWAITING_PAYMENT,
            OrderStatus.PENDING_AUDIT,
            OrderStatus.PENDING_ALLOCATION,
            OrderStatus.PENDING_TRACKING,
            OrderStatus.ON_HOLD,
            OrderStatus.EXCEPTION);

    /** A package in one of these has (or may have) a carrier parcel: its label carries the address as sent. */
    private static final Set<PreAdviceStatus> PARCEL_REQUESTED =
            EnumSet.of(PreAdviceStatus.REQUESTING, PreAdviceStatus.CREATED, PreAdviceStatus.UNKNOWN);

    /** What to do with a platform change flagged on an edited field. */
    public enum Resolution {
        /** Keep the edit; the platform's new value is taken as seen. */
        KEEP_LOCAL,
        /** Take the platform's new value; the field is no longer edited here. */
        TAKE_PLATFORM
    }

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final LocalEditMapper edits;
    private final OrderTransitions transitions;
    private final Clock clock;

    public OrderEditService(
            OrderMapper orders,
            PackageMapper packages,
            LocalEditMapper edits,
            OrderTransitions transitions,
            Clock clock) {
        this.orders = orders;
        this.packages = packages;
        this.edits = edits;
        this.transitions = transitions;
        this.clock = clock;
    }

    public List<LocalEdit> localEdits(long orderId) {
        return edits.findByOrder(orderId);
    }

    /**
     * Replaces the order's ship-to address (recipient and phone included). Fields that differ are
     * remembered as edited here. Refused once a parcel is requested (after a carrier's refusal the
     * package is REJECTED and the address may be fixed and the request retried).
     *
     * @throws OrderActionException when the order may not be edited (now or any more)
     */
    @Transactional
    public Order editShipTo(long orderId, Address to, String actor) {
        Order order = lockEditable(orderId);
        Instant now = clock.instant();
        Map<String, LocalEdit> known = byField(edits.findByOrder(orderId));
        List<String> said = new ArrayList<>();
        for (ShipToField field : ShipToField.values()) {
            String before = field.of(order.shipTo());
            String after = field.of(to);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (known.containsKey(field.key())) {
                edits.touch(orderId, field.key(), actor, now);
            } else {
                edits.insert(orderId, field.key(), before, actor, now);
            }
            said.add(field.key() + " " + quoted(before) + " → " + quoted(after));
        }
        if (said.isEmpty()) {
            return order;
        }
        if (edits.updateShipTo(orderId, order.version(), to, now) == 0) {
            throw changedMeanwhile(order);
        }
        transitions.note(order, actor, "ship-to edited: " + String.join(", ", said));
        return orders.findById(orderId);
    }

    /**
     * Sets line quantities ({@code lineId → quantity}, each at least 1). Stock is reserved by
     * quantity at allocation, so this is refused once any line is reserved.
     *
     * @throws OrderActionException when the order may not be edited, a line is not the order's, or is reserved
     */
    @Transactional
    public Order editQuantities(long orderId, Map<Long, Integer> quantities, String actor) {
        Order order = lockEditable(orderId);
        Map<Long, OrderLine> lines = new HashMap<>();
        orders.lines(orderId).forEach(l -> lines.put(l.id(), l));
        for (Map.Entry<Long, Integer> q : quantities.entrySet()) {
            OrderLine line = lines.get(q.getKey());
            if (line == null) {
                throw new OrderActionException(
                        orderId,
                        Refusal.of(Refusal.NO_SUCH_LINE, q.getKey(), orderId),
                        "Order " + orderId + " has no line " + q.getKey());
            }
            if (q.getValue() == null || q.getValue() < 1) {
                throw new RefusedArgumentException(
                        Refusal.of(Refusal.QUANTITY_AT_LEAST_ONE, line.platformSku()),
                        "The quantity of " + line.platformSku() + " must be at least 1");
            }
        }
        if (lines.values().stream().anyMatch(OrderLine::reserved)) {
            throw new OrderActionException(
                    orderId,
                    Refusal.of(Refusal.QUANTITY_AFTER_ALLOCATION),
                    "Stock is reserved for this order: quantities can change only before allocation");
        }
        List<String> said = new ArrayList<>();
        for (Map.Entry<Long, Integer> q : quantities.entrySet()) {
            OrderLine line = lines.get(q.getKey());
            if (line.quantity() == q.getValue()) {
                continue;
            }
            edits.updateLineQuantity(orderId, line.id(), q.getValue());
            said.add(line.platformSku() + " " + line.quantity() + " → " + q.getValue());
        }
        if (said.isEmpty()) {
            return order;
        }
        if (edits.touchOrder(orderId, order.version(), clock.instant()) == 0) {
            throw changedMeanwhile(order);
        }
        transitions.note(order, actor, "quantities edited: " + String.join(", ", said));
        return orders.findById(orderId);
    }

    /**
     * Settles a platform change flagged on an edited field: keep ours, or take the platform's (which
     * changes the address, so only while it may be edited).
     */
    @Transactional
    public Order resolve(long orderId, String fieldKey, Resolution resolution, String actor) {
        ShipToField field = ShipToField.byKey(fieldKey);
        LocalEdit edit =
                field == null ? null : byField(edits.findByOrder(orderId)).get(field.key());
        if (edit == null || !edit.platformChanged()) {
            throw new OrderActionException(
                    orderId,
                    Refusal.of(Refusal.NO_PLATFORM_CHANGE, fieldKey),
                    "No platform change of " + fieldKey + " awaits a decision on order " + orderId);
        }
        if (resolution == Resolution.KEEP_LOCAL) {
            Order order = transitions.load(orderId);
            edits.keepLocal(orderId, field.key());
            transitions.note(
                    order,
                    actor,
                    "kept the edited " + field.key() + " over the platform's " + quoted(edit.platformChangedTo()));
            return order;
        }
        Order order = lockEditable(orderId);
        Instant now = clock.instant();
        if (edits.updateShipTo(orderId, order.version(), field.with(order.shipTo(), edit.platformChangedTo()), now)
                == 0) {
            throw changedMeanwhile(order);
        }
        edits.delete(orderId, field.key());
        transitions.note(
                order,
                actor,
                "took the platform's " + field.key() + " " + quoted(edit.platformChangedTo()) + " over the edited "
                        + quoted(field.of(order.shipTo())));
        return orders.findById(orderId);
    }

    /**
     * The platform's newer version of an order with the fields edited here kept as they are. A field the
     * platform changed since (another value than the one it had when edited) is flagged for a person
     * with a history row; a field the platform now agrees with is no longer an edit. Called by the
     * sync in the transaction that merges the platform's version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ChannelOrder keepLocalEdits(Order before, ChannelOrder incoming, String actor) {
        List<LocalEdit> kept = edits.findByOrder(before.id());
        if (kept.isEmpty()) {
            return incoming;
        }
        Instant now = clock.instant();
        Address shipTo = incoming.shipTo();
        for (LocalEdit edit : kept) {
            ShipToField field = ShipToField.byKey(edit.field());
            if (field == null) {
                continue;
            }
            String ours = field.of(before.shipTo());
            String theirs = field.of(incoming.shipTo());
            if (Objects.equals(ours, theirs)) {
                edits.delete(before.id(), edit.field());
                continue;
            }
            boolean news = edit.platformChanged()
                    ? !Objects.equals(theirs, edit.platformChangedTo())
                    : !Objects.equals(theirs, edit.platformValue());
            if (news) {
                edits.markPlatformChanged(before.id(), edit.field(), theirs, now);
                transitions.note(
                        before,
                        actor,
                        before.platform() + " changed the edited " + field.key() + " to " + quoted(theirs)
                                + "; the edit " + quoted(ours) + " is kept until a person decides");
            }
            shipTo = field.with(shipTo, ours);
        }
        return new ChannelOrder(
                incoming.platformOrderId(),
                incoming.platformStatus(),
                incoming.state(),
                incoming.marketplaceId(),
                incoming.createdAt(),
                incoming.updatedAt(),
                incoming.buyerName(),
                shipTo,
                incoming.currency(),
                incoming.total(),
                incoming.shipBy(),
                incoming.lines(),
                incoming.buyerNote());
    }

    /** The order, locked, if it may be edited: not final, and no parcel requested for any of its packages. */
    private Order lockEditable(long orderId) {
        if (edits.lockOrder(orderId) == null) {
            transitions.load(orderId);
        }
        Order order = transitions.load(orderId);
        OrderActionException refused = whyNotEditable(order);
        if (refused != null) {
            throw refused;
        }
        return order;
    }

    /** Why the order's address may not be edited now, or null when it may. */
    public OrderActionException whyNotEditable(Order order) {
        if (!EDITABLE.contains(order.status())) {
            return new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.EDIT_WRONG_STATUS, order.status()),
                    "An order that is " + order.status() + " can no longer be edited");
        }
        for (OrderPackage pkg : packages.findByOrder(order.id())) {
            if (PARCEL_REQUESTED.contains(pkg.preadviceStatus())) {
                return new OrderActionException(
                        order.id(),
                        Refusal.of(Refusal.PARCEL_REQUESTED, pkg.packageNo(), pkg.preadviceStatus()),
                        "The parcel of package " + pkg.packageNo() + " is requested already (" + pkg.preadviceStatus()
                                + "): cancel it before changing the order");
            }
        }
        return null;
    }

    private static OrderActionException changedMeanwhile(Order order) {
        return new OrderActionException(
                order.id(),
                Refusal.of(Refusal.CHANGED_MEANWHILE, order.status()),
                "Order changed while you were working on it; reload and try again");
    }

    private static Map<String, LocalEdit> byField(List<LocalEdit> list) {
        Map<String, LocalEdit> map = new HashMap<>();
        list.forEach(e -> map.put(e.field(), e));
        return map;
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "\"" + value + "\"";
    }
}
