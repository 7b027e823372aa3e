package io.junction.logistics;

import io.junction.order.OrderPackage;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.outbox.Outbox;
import io.junction.outbox.OutboxRelay;
import io.junction.outbox.OutboxRelays;
import io.junction.outcome.RemoteOutcome;
import io.junction.persistence.Columns;
import io.junction.scanout.PackageWeighed;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the weight measured at the packing station to the parcel's carrier, where the carrier takes a weight
 * update ({@link CarrierAdapter.Operation#UPDATE_WEIGHT}); a carrier without one is sent nothing. The intent is
 * written in the transaction that stores the weight; its {@link OutboxRelay} claims due rows with a lease, and
 * this service calls the carrier outside any transaction and settles the row: sent, refused with the carrier's
 * reason (noted on the order), or retried with back-off until a final FAILED. Sending the same weight again is
 * harmless, so an unanswered call is simply sent again.
 */
@Service
public class WeightUpdateService {

    static final String ACTOR = "logistics";
    /** Where the outbox's settings are: {@code junction.weight-update.max-attempts}, {@code .poll-interval}, … */
    static final String SETTINGS = "junction.weight-update";

    private static final Logger log = LoggerFactory.getLogger(WeightUpdateService.class);
    /** Longer than one call can take (a carrier's minute). */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** {@code lgs_weight_update.last_error} holds this many characters. */
    private static final int MAX_ERROR = 1000;

    private final WeightUpdateMapper updates;
    private final PackageMapper packages;
    private final OrderTransitions transitions;
    private final Carriers carriers;
    private final Clock clock;
    private final OutboxRelay<WeightUpdate> relay;

    public WeightUpdateService(
            WeightUpdateMapper updates,
            PackageMapper packages,
            OrderTransitions transitions,
            Carriers carriers,
            Clock clock,
            OutboxRelays relays) {
        this.updates = updates;
        this.packages = packages;
        this.transitions = transitions;
        this.carriers = carriers;
        this.clock = clock;
        this.relay = relays.relay(new Outbox<>("lgs_weight_update", updates, this::send), SETTINGS, LEASE, 6);
    }

    /**
     * Queues the weight for the carrier, in the transaction that stored it, when the package's parcel stands at a
     * carrier that takes a weight update; nothing otherwise.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPackageWeighed(PackageWeighed weighed) {
        OrderPackage pkg = packages.findById(weighed.packageId());
        if (pkg == null || !atCarrier(pkg) || !adapterOf(pkg).supports(CarrierAdapter.Operation.UPDATE_WEIGHT)) {
            return;
        }
        updates.upsert(pkg.orderId(), pkg.id(), weighed.grams(), clock.instant());
    }

    /** The relay of the weights (see {@link WeightUpdateRelayConfiguration}); tests drive it directly. */
    public OutboxRelay<WeightUpdate> relay() {
        return relay;
    }

    /** Sends one claimed weight and records what the carrier said. */
    private void send(WeightUpdate row) {
        OrderPackage pkg = packages.findById(row.packageId());
        if (!atCarrier(pkg)) {
            settle(
                    row,
                    WeightUpdateStatus.FAILED,
                    "package " + pkg.packageNo() + " is " + pkg.preadviceStatus()
                            + ": no parcel to weigh, nothing sent",
                    null);
            return;
        }
        ParcelCarrier carrier = new ParcelCarrier();
        try {
            carrier.reach(carriers, pkg.logisticsMethodId());
            Parcel parcel = new Parcel(pkg.packageNo(), pkg.trackingNumber(), pkg.carrierWaybill());
            RemoteOutcome<Void> said =
                    carrier.masked(carrier.adapter().updateWeight(carrier.access(), parcel, row.weightGrams()));
            if (said instanceof RemoteOutcome.Succeeded) {
                settle(
                        row,
                        WeightUpdateStatus.SENT,
                        null,
                        "weight " + row.weightGrams() + " g of package " + pkg.packageNo() + " sent to "
                                + carrier.name());
            } else if (said instanceof RemoteOutcome.Rejected<Void> r) {
                String reason = carrier.name() + " refused weight " + row.weightGrams() + " g of package "
                        + pkg.packageNo() + ": " + r.message() + (r.code() == null ? "" : " (" + r.code() + ")");
                settle(row, WeightUpdateStatus.REFUSED, reason, reason);
            } else {
                retryOrFail(row, pkg, carrier.name(), carrier.name() + " did not answer (" + said.describe() + ")");
            }
        } catch (RuntimeException unexpected) {
            log.error("Weight update {} (package {}) failed unexpectedly", row.id(), row.packageId(), unexpected);
            retryOrFail(row, pkg, carrier.name(), carrier.unexpected(unexpected));
        }
    }

    /** Settles the row and, when it still stands as sent, notes {@code note} on the order. */
    private void settle(WeightUpdate row, WeightUpdateStatus status, String error, String note) {
        relay.settle(() -> {
            int settled = updates.settle(
                    row.id(),
                    row.attempts(),
                    row.weightGrams(),
                    status,
                    Columns.clip(error, MAX_ERROR),
                    clock.instant());
            if (settled == 1 && note != null) {
                transitions.note(transitions.load(row.orderId()), ACTOR, note);
            }
        });
    }

    private void retryOrFail(WeightUpdate row, OrderPackage pkg, String carrier, String cause) {
        relay.settle(() -> relay.unanswered(
                row,
                cause,
                (next, why) -> updates.markRetry(
                        row.id(), row.attempts(), row.weightGrams(), next, Columns.clip(why, MAX_ERROR)),
                reason -> {
                    String said = "could not send weight " + row.weightGrams() + " g of package " + pkg.packageNo()
                            + " to " + carrier + " (" + reason + ")";
                    if (updates.settle(
                                    row.id(),
                                    row.attempts(),
                                    row.weightGrams(),
                                    WeightUpdateStatus.FAILED,
                                    Columns.clip(said, MAX_ERROR),
                                    clock.instant())
                            == 1) {
                        transitions.note(transitions.load(row.orderId()), ACTOR, said);
                    }
                }));
    }

    /** Whether the package's parcel stands at a carrier of ours: pre-advised and numbered. */
    private static boolean atCarrier(OrderPackage pkg) {
        return pkg.preadviceStatus() == PreAdviceStatus.CREATED
                && (pkg.trackingNumber() != null || pkg.carrierWaybill() != null);
    }

    private CarrierAdapter adapterOf(OrderPackage pkg) {
        return carriers.adapter(carriers.accountOf(pkg.logisticsMethodId()).carrier());
    }
}
