package io.junction.stock;

import io.junction.persistence.Columns;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a SKU's on hand or reserved units change: each change is a guarded update of the SKU and a
 * movement row, in the caller's transaction, so the figures always equal the ledger's sums. A change the
 * stock cannot bear (reserving more than is available, releasing more than is reserved) changes nothing
 * and answers false; the caller says why to its own caller.
 */
@Service
public class StockLedger {

    /** {@code wms_stock_movement.reason} holds this many characters. */
    static final int MAX_REASON = 500;
    /** {@code wms_stock_movement.actor} holds this many characters. */
    static final int MAX_ACTOR = 64;

    private final StockMapper stock;
    private final StockRowWriter rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StockLedger(StockMapper stock, StockRowWriter rows, ApplicationEventPublisher events, Clock clock) {
        this.stock = stock;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /** Reserves units for an allocated order; false (nothing changed) when fewer are available. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reserve(long skuId, int quantity, StockReference reference, String actor) {
        return apply(
                MovementKind.RESERVE,
                skuId,
                positive(quantity),
                reference,
                actor,
                null,
                stock.reserve(skuId, quantity));
    }

    /** Units of one SKU reserved for one order, as {@link #reserveAll} takes them. */
    public record Reservation(long skuId, int quantity, StockReference reference) {
        public Reservation {
            positive(quantity);
        }
    }

    /**
     * Reserves units for many allocated orders at once: one guarded update of every SKU concerned and one movement
     * row per reservation. The caller has locked the SKUs' rows and checked that each bears its total; should one
     * not, this throws and the caller's transaction must roll back (the other SKUs were changed).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserveAll(List<Reservation> reservations, String actor) {
        if (reservations.isEmpty()) {
            return;
        }
        Map<Long, Integer> totals = new TreeMap<>();
        reservations.forEach(r -> totals.merge(r.skuId(), r.quantity(), Integer::sum));
        int reserved = stock.reserveAll(totals);
        if (reserved != totals.size()) {
            throw new IllegalStateException("only " + reserved + " of " + totals.size()
                    + " SKUs could bear their reservations: stock was taken without their rows locked");
        }
        rows.insertReservations(MovementKind.RESERVE, reservations, Columns.clip(actor, MAX_ACTOR), clock.instant());
    }

    /** Gives back units reserved for an order; false (nothing changed) when fewer are reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(long skuId, int quantity, StockReference reference, String actor, String reason) {
        return apply(
                MovementKind.RELEASE,
                skuId,
                positive(quantity),
                reference,
                actor,
                reason,
                stock.release(skuId, quantity));
    }

    /** Takes shipped units off the shelf and out of the reservation; false (nothing changed) if fewer are reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deduct(long skuId, int quantity, StockReference reference, String actor) {
        return apply(
                MovementKind.DEDUCT, skuId, positive(quantity), reference, actor, null, stock.deduct(skuId, quantity));
    }

    /** Puts received units on hand. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void receive(long skuId, int quantity, StockReference reference, String actor) {
        addOnHand(MovementKind.RECEIPT, skuId, quantity, reference, actor, null);
    }

    /** Puts units a buyer sent back on hand again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void returned(long skuId, int quantity, StockReference reference, String actor, String reason) {
        addOnHand(MovementKind.RETURN, skuId, quantity, reference, actor, reason);
    }

    private void addOnHand(
            MovementKind kind, long skuId, int quantity, StockReference reference, String actor, String reason) {
        require(
                apply(kind, skuId, positive(quantity), reference, actor, reason, stock.addOnHand(skuId, quantity)),
                skuId);
    }

    /**
     * Corrects on hand by {@code delta} (a count, a breakage), saying why; false (nothing changed) when on
     * hand would fall below what is reserved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean adjust(long skuId, int delta, String actor, String reason) {
        if (delta == 0) {
            throw new IllegalArgumentException("an adjustment changes on hand: a delta of 0 changes nothing");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an adjustment says why");
        }
        return apply(MovementKind.ADJUSTMENT, skuId, delta, null, actor, reason.strip(), stock.addOnHand(skuId, delta));
    }

    private boolean apply(
            MovementKind kind,
            long skuId,
            int quantity,
            StockReference reference,
            String actor,
            String reason,
            int updated) {
        if (updated == 0) {
            return false;
        }
        stock.insertMovement(
                skuId,
                kind,
                quantity,
                reference == null ? null : reference.value(),
                Columns.clip(actor, MAX_ACTOR),
                Columns.clip(reason, MAX_REASON),
                clock.instant());
        if (kind.bringsStock(quantity)) {
            events.publishEvent(new StockArrived(skuId));
        }
        return true;
    }

    private static int positive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a movement moves at least one unit, got " + quantity);
        }
        return quantity;
    }

    private static void require(boolean applied, long skuId) {
        if (!applied) {
            throw new IllegalArgumentException("no SKU " + skuId);
        }
    }
}
