package io.junction.writeback;

import io.junction.channel.Channels;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.TrackingChange;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.Refusal;
import io.junction.outcome.RemoteOutcome;
import io.junction.persistence.Columns;
import io.junction.persistence.GeneratedId;
import io.junction.shop.ShopScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes the tracking number of a package whose shipment the marketplace has already confirmed
 * (a carrier relabelled the parcel, a clerk typed the wrong one), where the marketplace allows it.
 * The change is recorded as PENDING and committed before the marketplace is asked, outside any
 * transaction; the answer settles it. An unanswered change stays PENDING and is resent by asking for
 * the same number again, so a change is never lost nor decided twice. Junction keeps what the
 * marketplace's limits need: when the shipment was first confirmed and how many changes it accepted.
 */
@Service
public class TrackingChangeService {

    /** What carriers' tracking numbers look like: letters, digits and dashes. */
    private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9-]{4,64}");

    /** {@code wb_tracking_change.reason} holds this many characters. */
    static final int MAX_REASON = 500;
    /** {@code wb_tracking_change.last_error} holds this many characters. */
    private static final int MAX_ERROR = 1000;

    /** How long an attempt may wait for the marketplace's answer before it counts as lost and may be resent. */
    static final Duration SENDING_LEASE = Duration.ofMinutes(2);

    private final TrackingChangeMapper changes;
    private final OutboxMapper outbox;
    private final OrderMapper orders;
    private final PackageMapper packages;
    private final OrderTransitions transitions;
    private final WriteBackService writeBack;
    private final MarketplaceCall marketplace;
    private final Channels channels;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ShopScope scope;

    public TrackingChangeService(
            TrackingChangeMapper changes,
            OutboxMapper outbox,
            OrderMapper orders,
            PackageMapper packages,
            OrderTransitions transitions,
            WriteBackService writeBack,
            MarketplaceCall marketplace,
            Channels channels,
            PlatformTransactionManager txManager,
            Clock clock,
            ShopScope scope) {
        this.changes = changes;
        this.outbox = outbox;
        this.orders = orders;
        this.packages = packages;
        this.transitions = transitions;
        this.writeBack = writeBack;
        this.marketplace = marketplace;
        this.channels = channels;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
        this.scope = scope;
    }

    /** Whether the order's marketplace lets a confirmed tracking number be changed. */
    public boolean changeable(Order order) {
        return channels.serves(order.platform())
                && channels.connector(order.platform()).canChangeTracking();
    }

    /** The package's changes, oldest first. */
    public List<TrackingChangeEntry> history(long packageId) {
        requirePackage(packageId);
        return changes.findByPackage(packageId);
    }

    /**
     * Replaces the package's tracking number at its marketplace, and on the package once the
     * marketplace accepts. Asking again for the number of a change still PENDING resends it.
     *
     * @return the change as it stands after the marketplace's answer
     * @throws IllegalArgumentException when the number or the reason is malformed; nothing was changed
     * @throws OrderActionException when the change cannot be made now; nothing was changed
     */
    public TrackingChangeEntry change(long packageId, String trackingNumber, String reason, String actor) {
        OrderPackage pkg = requirePackage(packageId);
        String newNumber = trackingNumber == null ? "" : trackingNumber.strip();
        if (!TRACKING_NUMBER.matcher(newNumber).matches()) {
            throw new IllegalArgumentException(
                    "\"" + newNumber + "\" is not a tracking number: 4 to 64 letters, digits" + " or dashes");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("say in at most " + MAX_REASON + " characters why the tracking number of"
                    + " package " + pkg.packageNo() + " changes");
        }
        Order placed = orders.findById(pkg.orderId());
        if (!changeable(placed)) {
            throw new OrderActionException(
                    placed.id(),
                    Refusal.of(Refusal.TRACKING_CHANGE_UNSUPPORTED, placed.platform()),
                    placed.platform() + " does not let a confirmed tracking number be changed: correct it on "
                            + placed.platform() + " itself");
        }
        Decision decision = tx.execute(s -> decide(pkg.id(), newNumber, reason.strip(), actor));
        TrackingChangeEntry pending = decision.change();
        RemoteOutcome<Void> answer = marketplace.ask(
                decision.order().shopId(),
                "Tracking change " + pending.id() + " (package " + pkg.packageNo() + ")",
                (connector, access) -> connector.changeTracking(access, decision.request()));
        tx.executeWithoutResult(s -> settle(pending, decision, answer));
        return changes.findById(pending.id());
    }

    /** A change claimed for one attempt ({@code attempt}: its number), with what to send. */
    private record Decision(
            TrackingChangeEntry change, int attempt, Order order, OrderPackage pkg, TrackingChange request) {}

    /** Checks, under the package's lock, that the change may be sent now, and records it (or picks up the pending one). */
    private Decision decide(long packageId, String newNumber, String reason, String actor) {
        changes.lockPackage(packageId);
        OrderPackage pkg = packages.findById(packageId);
        Order order = orders.findById(pkg.orderId());
        OutboxEntry confirmation = outbox.findByOrder(order.id()).stream()
                .filter(e -> e.packageId() == packageId)
                .findFirst()
                .orElse(null);
        if (confirmation == null || confirmation.status() != OutboxStatus.CONFIRMED) {
            throw new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.TRACKING_CHANGE_UNCONFIRMED, pkg.packageNo(), order.platform()),
                    "package " + pkg.packageNo() + " has no confirmed shipment on "
                            + order.platform() + " yet"
                            + (confirmation == null ? "" : " (write-back " + confirmation.status() + ")")
                            + ": its tracking number can change only after the marketplace accepted the first one");
        }
        ShipmentConfirmation shipped = writeBack.confirmation(order, pkg);
        List<TrackingChangeEntry> history = changes.findByPackage(packageId);
        Optional<TrackingChangeEntry> pending = history.stream()
                .filter(c -> c.status() == TrackingChangeStatus.PENDING)
                .findFirst();
        TrackingChangeEntry change;
        if (pending.isPresent()) {
            change = pending.get();
            if (!change.newTrackingNumber().equals(newNumber)) {
                throw new OrderActionException(
                        order.id(),
                        Refusal.of(
                                Refusal.TRACKING_CHANGE_AWAITED,
                                pkg.packageNo(),
                                change.newTrackingNumber(),
                                order.platform()),
                        "the change of package " + pkg.packageNo() + " to " + change.newTrackingNumber() + " awaits "
                                + order.platform() + "'s answer: ask for " + change.newTrackingNumber()
                                + " again to resend it before another change");
            }
        } else {
            if (newNumber.equals(pkg.trackingNumber())) {
                throw new OrderActionException(
                        order.id(),
                        Refusal.of(Refusal.TRACKING_CHANGE_SAME, pkg.packageNo(), newNumber),
                        "package " + pkg.packageNo() + " already carries " + newNumber);
            }
            GeneratedId key = new GeneratedId();
            changes.insert(
                    key,
                    new TrackingChangeEntry(
                            0,
                            order.id(),
                            packageId,
                            shipped.carrierCode(),
                            pkg.trackingNumber(),
                            newNumber,
                            reason,
                            TrackingChangeStatus.PENDING,
                            0,
                            null,
                            actor,
                            clock.instant(),
                            null));
            change = changes.findById(key.get());
        }
        Instant now = clock.instant();
        if (changes.claimAttempt(change.id(), now, now.minus(SENDING_LEASE)) != 1) {
            throw new OrderActionException(
                    order.id(),
                    Refusal.of(
                            Refusal.TRACKING_CHANGE_SENDING,
                            pkg.packageNo(),
                            change.newTrackingNumber(),
                            order.platform()),
                    "the change of package " + pkg.packageNo() + " to " + change.newTrackingNumber()
                            + " is being sent to " + order.platform() + " right now: wait for its answer");
        }
        int attempt = change.attempts() + 1;
        int accepted = (int) history.stream()
                .filter(c -> c.status() == TrackingChangeStatus.CONFIRMED)
                .count();
        TrackingChange request = new TrackingChange(
                order.platformOrderId(),
                packageId,
                change.carrierCode(),
                change.oldTrackingNumber(),
                change.carrierCode(),
                change.newTrackingNumber(),
                shipped.wholeOrder(),
                confirmation.confirmedAt(),
                accepted);
        return new Decision(change, attempt, order, pkg, request);
    }

    /**
     * Records the marketplace's answer: an acceptance settles the change whichever attempt it answers;
     * a refusal or silence of an attempt that a later one took over records nothing.
     */
    private void settle(TrackingChangeEntry change, Decision decision, RemoteOutcome<Void> outcome) {
        Instant now = clock.instant();
        Order order = decision.order();
        int attempt = decision.attempt();
        String what = "the tracking number of package " + decision.pkg().packageNo() + " from "
                + change.oldTrackingNumber() + " to " + change.newTrackingNumber();
        if (outcome instanceof RemoteOutcome.Succeeded) {
            if (changes.markConfirmed(change.id(), now) == 1) {
                changes.replaceTrackingNumber(
                        change.packageId(), change.oldTrackingNumber(), change.newTrackingNumber());
                transitions.note(
                        orders.findById(order.id()),
                        change.requestedBy(),
                        "changed " + what + " on " + order.platform() + ": " + change.reason());
            }
        } else if (outcome instanceof RemoteOutcome.Rejected<Void> r) {
            String error = Columns.clip(
                    order.platform() + " refused: " + (r.code() == null ? "" : r.code() + " ") + r.message(),
                    MAX_ERROR);
            if (changes.markFailed(change.id(), attempt, now, error) == 1) {
                transitions.note(
                        orders.findById(order.id()), change.requestedBy(), "could not change " + what + ": " + error);
            }
        } else {
            changes.markUnanswered(
                    change.id(),
                    attempt,
                    Columns.clip(
                            "no answer from " + order.platform() + ", ask again to resend: " + outcome.describe(),
                            MAX_ERROR));
        }
    }

    private OrderPackage requirePackage(long packageId) {
        OrderPackage pkg = packages.findById(packageId);
        if (pkg == null || !scope.includes(orders.findById(pkg.orderId()).shopId())) {
            throw new NoSuchElementException("no package " + packageId);
        }
        return pkg;
    }
}
