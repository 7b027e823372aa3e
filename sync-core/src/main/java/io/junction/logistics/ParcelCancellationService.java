package io.junction.logistics;

import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStopped;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.outbox.Outbox;
import io.junction.outbox.OutboxRelay;
import io.junction.outbox.OutboxRelays;
import io.junction.outcome.RemoteOutcome;
import io.junction.persistence.Columns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels the carrier pre-advice of stopped orders, at most once and never lost. When an order is
 * stopped its packages leave the flow in the same transaction: one that cannot have a parcel is
 * WITHDRAWN; one whose parcel exists or may exist becomes CANCELLING with a row in the
 * cancellation outbox. Its {@link OutboxRelay} claims due rows with a lease; this service calls the
 * carrier outside any transaction and records the outcome: cancelled, refused with the carrier's reason (final, noted
 * on the order for a person), or retried with jittered back-off until a final FAILED. A refusal (too late: the
 * carrier holds the parcel) is followed, once, by an intercept when the carrier offers one
 * ({@link CarrierAdapter#interceptParcel}); the cancellation stays REFUSED, its reason saying whether the
 * parcel was intercepted.
 *
 * <p>A parcel we do not know for sure is never cancelled blind: it is first looked up by our
 * reference, and, when a pre-advice attempt was in flight as the order stopped, only after that
 * attempt's claim lease has run out. That attempt can no longer record its parcel (the package is
 * no longer REQUESTING) nor can a new one be claimed (the package is void and the order no longer
 * waits for tracking), so whatever it created is found by the lookup and cancelled.
 */
@Service
public class ParcelCancellationService {

    static final String ACTOR = "logistics";
    /** Where the outbox's settings are: {@code junction.parcel-cancellation.max-attempts}, {@code .poll-interval}, … */
    static final String SETTINGS = "junction.parcel-cancellation";

    private static final Logger log = LoggerFactory.getLogger(ParcelCancellationService.class);
    /** Longer than one row's attempt can take (a lookup, a cancel and a lookup, each up to a carrier's minute). */
    private static final Duration LEASE = Duration.ofMinutes(10);
    /** {@code oms_package.preadvice_error} holds this many characters. */
    private static final int MAX_PACKAGE_ERROR = 500;

    private final ParcelCancellationMapper cancellations;
    private final PackageMapper packages;
    private final OrderMapper orders;
    private final OrderTransitions transitions;
    private final Carriers carriers;
    private final Clock clock;
    private final OutboxRelay<ParcelCancellation> relay;

    public ParcelCancellationService(
            ParcelCancellationMapper cancellations,
            PackageMapper packages,
            OrderMapper orders,
            OrderTransitions transitions,
            Carriers carriers,
            Clock clock,
            OutboxRelays relays) {
        this.cancellations = cancellations;
        this.packages = packages;
        this.orders = orders;
        this.transitions = transitions;
        this.carriers = carriers;
        this.clock = clock;
        this.relay =
                relays.relay(new Outbox<>("lgs_parcel_cancellation", cancellations, this::cancel), SETTINGS, LEASE, 8);
    }

    /**
     * Takes the stopped order's packages out of its flow, in the transaction that stopped it. The
     * packages are locked first, so that a pre-advice claim either committed before (and is seen as
     * in flight) or fails after.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onOrderStopped(OrderStopped stopped) {
        Instant now = clock.instant();
        for (OrderPackage pkg : packages.lockByOrder(stopped.orderId())) {
            if (pkg.shippedAt() != null) {
                continue;
            }
            // a tracking number entered by hand belongs to a parcel booked elsewhere: none of ours to cancel
            boolean noParcel = pkg.preadviceStatus() == PreAdviceStatus.NONE
                    || pkg.preadviceStatus() == PreAdviceStatus.REJECTED
                    || pkg.preadviceStatus() == PreAdviceStatus.MANUAL;
            PreAdviceStatus target = noParcel ? PreAdviceStatus.WITHDRAWN : PreAdviceStatus.CANCELLING;
            if (packages.stopPreAdvice(pkg.id(), pkg.version(), target) != 1) {
                throw new OrderActionException(
                        stopped.orderId(),
                        "Package " + pkg.packageNo() + " changed while the order was being stopped; try again");
            }
            if (noParcel) {
                continue;
            }
            Instant due = now;
            if (pkg.preadviceStatus() == PreAdviceStatus.REQUESTING && pkg.preadviceClaimedAt() != null) {
                Instant claimEnds = pkg.preadviceClaimedAt().plus(PreAdviceService.CLAIM_LEASE);
                due = claimEnds.isAfter(now) ? claimEnds : now;
            }
            cancellations.insert(stopped.orderId(), pkg.id(), pkg.trackingNumber(), pkg.carrierWaybill(), due, now);
            Order order = transitions.load(stopped.orderId());
            transitions.note(
                    order,
                    stopped.actor(),
                    "carrier pre-advice of package " + pkg.packageNo() + describeParcel(pkg.trackingNumber())
                            + " to be cancelled at " + carrierOf(pkg));
        }
    }

    /** The relay of the cancellations (see {@link ParcelCancellationRelayConfiguration}); tests drive it directly. */
    public OutboxRelay<ParcelCancellation> relay() {
        return relay;
    }

    /** Carries out one claimed cancellation and records what the carrier said. */
    private void cancel(ParcelCancellation entry) {
        OrderPackage pkg = packages.findById(entry.packageId());
        if (pkg.preadviceStatus() != PreAdviceStatus.CANCELLING) {
            relay.settle(() -> cancellations.markFailed(
                    entry.id(),
                    entry.attempts(),
                    clock.instant(),
                    "package " + pkg.packageNo() + " is " + pkg.preadviceStatus()
                            + ", not CANCELLING: nothing was sent"));
            return;
        }
        ParcelCarrier carrier = new ParcelCarrier();
        try {
            carrier.reach(carriers, pkg.logisticsMethodId());
            Parcel parcel = entry.carrierWaybill() == null && entry.trackingNumber() == null
                    ? null
                    : new Parcel(pkg.packageNo(), entry.trackingNumber(), entry.carrierWaybill());
            // a parcel we did not see created, or one whose earlier cancellation went unanswered, is
            // looked up first: never cancel what we do not know, never cancel twice
            if (parcel == null || entry.attempts() > 0) {
                RemoteOutcome<Optional<Parcel>> found =
                        carrier.masked(carrier.adapter().findParcel(carrier.access(), pkg.packageNo()));
                if (found instanceof RemoteOutcome.Succeeded<Optional<Parcel>> s) {
                    if (s.value().isEmpty()) {
                        settleCancelled(entry, pkg, carrier.name(), null, parcel != null);
                        return;
                    }
                    parcel = s.value().get();
                } else {
                    String why =
                            "could not look up " + pkg.packageNo() + " at " + carrier.name() + ": " + found.describe();
                    retryOrFail(entry, pkg, carrier.name(), parcel, why);
                    return;
                }
            }
            RemoteOutcome<Void> cancelled = carrier.masked(carrier.adapter().cancelParcel(carrier.access(), parcel));
            if (cancelled instanceof RemoteOutcome.Succeeded) {
                settleCancelled(entry, pkg, carrier.name(), parcel, true);
            } else if (cancelled instanceof RemoteOutcome.Rejected<Void> r) {
                settleRefused(entry, pkg, carrier.name(), parcel, r, intercept(carrier, pkg, parcel));
            } else {
                String why = carrier.name() + " did not answer the cancellation of " + label(pkg, parcel) + " ("
                        + cancelled.describe() + "); the next attempt looks it up first";
                retryOrFail(entry, pkg, carrier.name(), parcel, why);
            }
        } catch (RuntimeException unexpected) {
            log.error("Cancellation {} (package {}) failed unexpectedly", entry.id(), entry.packageId(), unexpected);
            retryOrFail(entry, pkg, carrier.name(), null, carrier.unexpected(unexpected));
        }
    }

    private void settleCancelled(
            ParcelCancellation entry, OrderPackage pkg, String carrier, Parcel parcel, boolean existed) {
        relay.settle(() -> {
            String tracking = parcel == null ? null : parcel.trackingNumber();
            String waybill = parcel == null ? null : parcel.carrierWaybill();
            if (cancellations.markCancelled(entry.id(), entry.attempts(), clock.instant(), tracking, waybill) != 1) {
                return;
            }
            packages.markParcelCancelled(pkg.id());
            String what = parcel != null
                    ? "carrier pre-advice " + label(pkg, parcel) + " cancelled at " + carrier
                    : existed
                            ? "carrier pre-advice " + label(pkg, entry) + " cancelled at " + carrier
                                    + " (it no longer holds it)"
                            : "no carrier parcel under " + pkg.packageNo() + " at " + carrier + ": nothing to cancel";
            transitions.note(transitions.load(entry.orderId()), ACTOR, what);
        });
    }

    /**
     * Too late to cancel: asks a carrier that offers it to intercept the parcel (stop it and send it
     * back), once; what became of that, in words for the order. Null when the carrier offers no intercept.
     */
    private static String intercept(ParcelCarrier carrier, OrderPackage pkg, Parcel parcel) {
        CarrierAdapter adapter = carrier.adapter();
        if (!adapter.supports(CarrierAdapter.Operation.INTERCEPT)) {
            return null;
        }
        RemoteOutcome<Void> intercepted = carrier.masked(adapter.interceptParcel(
                carrier.access(), parcel, "Order stopped by the seller; please return parcel " + pkg.packageNo()));
        if (intercepted instanceof RemoteOutcome.Succeeded) {
            return "intercepted instead: " + adapter.carrier() + " stops the parcel and returns it";
        }
        if (intercepted instanceof RemoteOutcome.Rejected<Void> r) {
            return "the intercept was refused too: " + r.message() + (r.code() == null ? "" : " (" + r.code() + ")");
        }
        return "the intercept went unanswered (" + intercepted.describe() + "): check at the carrier";
    }

    private void settleRefused(
            ParcelCancellation entry,
            OrderPackage pkg,
            String carrier,
            Parcel parcel,
            RemoteOutcome.Rejected<Void> refusal,
            String intercept) {
        String said = carrier + " refused to cancel pre-advice " + label(pkg, parcel) + ": " + refusal.message()
                + (refusal.code() == null ? "" : " (" + refusal.code() + ")")
                + (intercept == null ? "" : "; " + intercept);
        // the carrier's words, within the package's error column
        String reason = Columns.clip(said, MAX_PACKAGE_ERROR);
        relay.settle(() -> {
            if (cancellations.markRefused(entry.id(), entry.attempts(), clock.instant(), reason) != 1) {
                return;
            }
            packages.markCancelRefused(pkg.id(), reason);
            transitions.note(
                    transitions.load(entry.orderId()),
                    ACTOR,
                    intercept == null
                            ? reason + "; the parcel stands: intercept it at the carrier or ship the order"
                            : reason);
        });
    }

    /** Retries later, remembering a parcel found on the way (so that a later lookup that misses it knows it existed). */
    private void retryOrFail(ParcelCancellation entry, OrderPackage pkg, String carrier, Parcel parcel, String cause) {
        relay.settle(() -> relay.unanswered(
                entry,
                cause,
                (next, why) -> cancellations.markRetry(
                        entry.id(),
                        entry.attempts(),
                        next,
                        why,
                        parcel == null ? null : parcel.trackingNumber(),
                        parcel == null ? null : parcel.carrierWaybill()),
                reason -> {
                    if (cancellations.markFailed(entry.id(), entry.attempts(), clock.instant(), reason) == 1) {
                        transitions.note(
                                transitions.load(entry.orderId()),
                                ACTOR,
                                "could not cancel the carrier"
                                        + " pre-advice of package " + pkg.packageNo() + " at " + carrier + " (" + reason
                                        + "): check it at the carrier");
                    }
                }));
    }

    private String carrierOf(OrderPackage pkg) {
        return carriers.accountOf(pkg.logisticsMethodId()).carrier();
    }

    private static String label(OrderPackage pkg, Parcel parcel) {
        if (parcel == null) {
            return pkg.packageNo();
        }
        return parcel.trackingNumber() != null
                ? parcel.trackingNumber()
                : parcel.carrierWaybill() != null ? parcel.carrierWaybill() : pkg.packageNo();
    }

    private static String label(OrderPackage pkg, ParcelCancellation entry) {
        return entry.trackingNumber() != null
                ? entry.trackingNumber()
                : entry.carrierWaybill() != null ? entry.carrierWaybill() : pkg.packageNo();
    }

    private static String describeParcel(String trackingNumber) {
        return trackingNumber == null ? "" : " (" + trackingNumber + ")";
    }
}
