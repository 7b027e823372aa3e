package io.junction.handover;

import io.junction.order.Refusal;
import io.junction.pdf.PdfCaptions;
import io.junction.persistence.GeneratedId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hand-over batches: one open per carrier, shipped parcels scanned in (each into one batch only), counted against
 * the carrier's parcels still due, closed with a manifest.
 */
@Service
public class HandoverService {

    /** Parcels shipped this long before now and in no batch count as still due (older ones are listed apart). */
    static final Duration DUE_WINDOW = Duration.ofDays(2);

    private final HandoverMapper handovers;
    private final TransactionTemplate tx;
    private final Clock clock;

    public HandoverService(HandoverMapper handovers, PlatformTransactionManager txManager, Clock clock) {
        this.handovers = handovers;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /** The carrier's open batch, or a new one when it has none. */
    public HandoverBatch open(String carrier, String actor) {
        String code = carrier == null ? "" : carrier.strip();
        if (!handovers.carrierExists(code)) {
            throw new HandoverRefusedException(
                    Refusal.of(HandoverRefusedException.NO_SUCH_CARRIER, code), false, "no carrier " + code);
        }
        Long id = tx.execute(s -> {
            List<Handover> open = handovers.findOpen(code);
            if (!open.isEmpty()) {
                return open.get(0).id();
            }
            GeneratedId key = new GeneratedId();
            handovers.insert(key, code, actor, clock.instant());
            return key.get();
        });
        return batch(id);
    }

    /** The batch with its parcels and the count still due. */
    public HandoverBatch batch(long id) {
        Handover handover = find(id);
        int waiting = handover.status() == HandoverStatus.OPEN
                ? handovers.countWaiting(handover.carrier(), clock.instant().minus(DUE_WINDOW))
                : 0;
        return new HandoverBatch(handover, handovers.parcels(id), waiting);
    }

    public List<Handover> recent() {
        return handovers.findRecent(50);
    }

    /**
     * Scans a parcel into an open batch by its tracking or package number: only a shipped parcel of the batch's
     * carrier that is in no batch yet.
     */
    public HandoverBatch scan(long id, String code, String actor) {
        String scanned = code == null ? "" : code.strip();
        if (scanned.isEmpty()) {
            throw new HandoverRefusedException(Refusal.of(HandoverRefusedException.NO_CODE), false, "nothing scanned");
        }
        Handover handover = find(id);
        requireOpen(handover);
        List<HandoverParcel> found = handovers.findParcels(scanned);
        if (found.isEmpty()) {
            throw refused(HandoverRefusedException.NO_SUCH_PARCEL, "no parcel " + scanned, scanned);
        }
        HandoverParcel parcel = found.stream()
                .filter(p -> p.carrier().equals(handover.carrier()))
                .findFirst()
                .orElse(found.get(0));
        if (!parcel.carrier().equals(handover.carrier())) {
            throw refused(
                    HandoverRefusedException.OTHER_CARRIER,
                    scanned + " goes with " + parcel.carrier(),
                    scanned,
                    parcel.carrier());
        }
        if (parcel.shippedAt() == null) {
            throw refused(HandoverRefusedException.NOT_SHIPPED, scanned + " is not scanned out yet", scanned);
        }
        if (parcel.handoverId() != null) {
            throw refused(
                    HandoverRefusedException.ALREADY_IN_BATCH,
                    scanned + " is in batch " + parcel.handoverId(),
                    scanned,
                    parcel.handoverId());
        }
        try {
            tx.executeWithoutResult(s -> {
                if (handovers.touch(id) != 1) {
                    throw refused(HandoverRefusedException.CLOSED, "batch " + id + " is closed", id);
                }
                handovers.addParcel(id, parcel.packageId(), actor, clock.instant());
            });
        } catch (DuplicateKeyException scannedMeanwhile) {
            throw refused(HandoverRefusedException.ALREADY_IN_BATCH, scanned + " is in a batch", scanned, id);
        }
        return batch(id);
    }

    /**
     * Closes an open batch and returns its manifest; the manifest of a closed batch again, to reprint it.
     *
     * @param zone the zone the manifest's times are shown in
     */
    public byte[] close(long id, String actor, PdfCaptions captions, ZoneId zone) {
        Handover handover = find(id);
        if (handover.status() == HandoverStatus.OPEN) {
            Integer closed = tx.execute(s -> handovers.close(id, handover.version(), actor, clock.instant()));
            if (closed == null || closed == 0) {
                throw refused(HandoverRefusedException.CHANGED_MEANWHILE, "batch " + id + " changed while closing", id);
            }
        }
        return manifest(id, captions, zone);
    }

    /** The manifest of a batch as it stands. */
    public byte[] manifest(long id, PdfCaptions captions, ZoneId zone) {
        return HandoverManifest.render(batch(id), captions, zone);
    }

    /** The parcels shipped on {@code day} (in {@code zone}) that went into no batch, by carrier. */
    public List<HandoverParcel> unbatched(LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return handovers.unbatched(from, to);
    }

    /** Today in {@code zone}, by the clock. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private Handover find(long id) {
        Handover handover = handovers.findById(id);
        if (handover == null) {
            throw new HandoverRefusedException(
                    Refusal.of(HandoverRefusedException.NO_SUCH_BATCH, id), false, "no hand-over batch " + id);
        }
        return handover;
    }

    private static void requireOpen(Handover handover) {
        if (handover.status() != HandoverStatus.OPEN) {
            throw refused(HandoverRefusedException.CLOSED, "batch " + handover.id() + " is closed", handover.id());
        }
    }

    private static HandoverRefusedException refused(String code, String message, Object... args) {
        return new HandoverRefusedException(Refusal.of(code, args), true, message);
    }
}
