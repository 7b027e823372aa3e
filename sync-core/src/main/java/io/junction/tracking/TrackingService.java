package io.junction.tracking;

import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAccount;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.Carriers;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.TrackingEvent;
import io.junction.logistics.TrackingStatus;
import io.junction.order.OrderPackage;
import io.junction.order.PackageMapper;
import io.junction.outbox.Outbox;
import io.junction.outbox.OutboxRelay;
import io.junction.outbox.OutboxRelays;
import io.junction.outcome.RelayBackoff;
import io.junction.outcome.RemoteOutcome;
import io.junction.persistence.Columns;
import io.junction.scanout.PackageShipped;
import io.junction.secret.Redaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows each shipped parcel at its carrier until it is delivered or returned. Shipping a package writes its
 * poll row in the same transaction; the {@link OutboxRelay} claims due rows with a lease (so two nodes never
 * poll one parcel at once), this service asks the carrier outside any transaction and settles the row in one:
 * new events stored (each once, however often it is read again), the parcel's status and since when, its first
 * carrier scan, and when to ask next. The carrier's calls draw on its account's shared call quota: a poll the
 * quota refused unsent is taken again after the first retry. A carrier that does not answer is asked again after
 * a back-off (never longer than the poll interval), one that refuses (it does not know the parcel yet) at the
 * next interval; a poll never fails for good, but stops once the parcel is delivered or returned, or shipped too
 * long ago.
 */
@Service
public class TrackingService {

    private static final Logger log = LoggerFactory.getLogger(TrackingService.class);
    /** {@code lgs_parcel_tracking.last_error} holds this many characters. */
    private static final int MAX_ERROR = 1000;
    /** {@code lgs_tracking_event.description} and {@code .location} hold this many characters. */
    private static final int MAX_TEXT = 1000;

    private static final int MAX_LOCATION = 200;
    /**
     * The code a carrier's call quota refuses with when the account had no call to spare (the carriers' kit's
     * {@code CarrierQuota.THROTTLED}): nothing was sent, so the poll is simply taken again after the first retry.
     */
    static final String THROTTLED = "THROTTLED";

    private final TrackingMapper tracking;
    private final PackageMapper packages;
    private final Carriers carriers;
    private final TrackingProperties settings;
    private final Clock clock;
    private final OutboxRelay<TrackingPoll> relay;

    public TrackingService(
            TrackingMapper tracking,
            PackageMapper packages,
            Carriers carriers,
            TrackingProperties settings,
            Clock clock,
            OutboxRelays relays) {
        this.tracking = tracking;
        this.packages = packages;
        this.carriers = carriers;
        this.settings = settings;
        this.clock = clock;
        // attempts count polls here, not failures: the relay's own give-up is never reached
        this.relay = relays.relay(
                new Outbox<>("lgs_parcel_tracking", tracking, this::poll),
                new OutboxRelay.Settings(settings.lease(), Integer.MAX_VALUE, settings.firstRetry()));
    }

    /** Starts following a parcel, in the transaction that ships it: its first poll is due at once. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onShipped(PackageShipped shipped) {
        OrderPackage pkg = packages.findById(shipped.packageId());
        if (pkg.trackingNumber() == null && pkg.carrierWaybill() == null) {
            return;
        }
        tracking.insert(shipped.orderId(), shipped.packageId(), shipped.shippedAt(), shipped.shippedAt());
    }

    /** The relay of the polls (see {@link TrackingConfiguration}); tests drive it directly. */
    public OutboxRelay<TrackingPoll> relay() {
        return relay;
    }

    /** Asks the carrier about one claimed parcel and records what it said. */
    private void poll(TrackingPoll row) {
        Instant now = clock.instant();
        if (now.isAfter(row.shippedAt().plus(settings.giveUpAfter()))) {
            settle(row, stop(PollStatus.EXPIRED, "shipped more than " + settings.giveUpAfter() + " ago", now), now);
            return;
        }
        OrderPackage pkg = packages.findById(row.packageId());
        Redaction redaction = Redaction.patternsOnly();
        try {
            CarrierAccount account = carriers.accountOf(pkg.logisticsMethodId());
            if (!carriers.carrierCodes().contains(account.carrier())
                    || !carriers.adapter(account.carrier()).supports(CarrierAdapter.Operation.TRACK)) {
                settle(row, stop(PollStatus.UNTRACKED, account.carrier() + " offers no tracking", now), now);
                return;
            }
            CarrierAdapter adapter = carriers.adapter(account.carrier());
            CarrierAccess access = carriers.access(account);
            // a carrier's refusal may echo the request, and with it the account's credentials
            redaction = Redaction.of(access.credentials());
            RemoteOutcome<ParcelTracking> answer = redaction.apply(
                    adapter.track(access, new Parcel(pkg.packageNo(), pkg.trackingNumber(), pkg.carrierWaybill())));
            if (answer instanceof RemoteOutcome.Succeeded<ParcelTracking> s) {
                tracked(row, s.value(), now);
            } else if (answer instanceof RemoteOutcome.Rejected<ParcelTracking> r && THROTTLED.equals(r.code())) {
                settle(row, again(row.failures(), now.plus(settings.firstRetry()), r.message()), now);
            } else if (answer instanceof RemoteOutcome.Rejected<ParcelTracking> r) {
                // typically: the carrier does not know the parcel yet; ask again at the next turn
                String why = account.carrier() + " refused to track " + label(pkg) + ": " + r.message()
                        + (r.code() == null ? "" : " (" + r.code() + ")");
                settle(row, again(0, now.plus(settings.pollInterval()), why), now);
            } else {
                unanswered(row, account.carrier() + " did not answer: " + answer.describe(), now);
            }
        } catch (RuntimeException unexpected) {
            log.error("Tracking poll {} (package {}) failed unexpectedly", row.id(), row.packageId(), unexpected);
            unanswered(row, "unexpected error: " + redaction.apply(unexpected.getMessage()), now);
        }
    }

    private void unanswered(TrackingPoll row, String cause, Instant now) {
        int failures = row.failures() + 1;
        Duration wait = RelayBackoff.after(settings.firstRetry(), failures);
        Instant next = now.plus(wait.compareTo(settings.pollInterval()) < 0 ? wait : settings.pollInterval());
        settle(row, again(failures, next, cause), now);
    }

    /** Stores the answer: the events not stored yet, the status and since when, the first scan, the next poll. */
    private void tracked(TrackingPoll row, ParcelTracking answer, Instant now) {
        List<TrackingEvent> events = answer.events();
        TrackingStatus status = answer.status();
        Instant since = status == row.trackingStatus() && row.statusSince() != null
                ? row.statusSince()
                : enteredAt(status, events, now);
        Instant firstScan = events.stream()
                .filter(e -> e.status().isScanned())
                .map(TrackingEvent::time)
                .min(Instant::compareTo)
                .orElse(status.isScanned() ? now : null);
        boolean over = status.isFinal();
        TrackingMapper.Settlement settlement = new TrackingMapper.Settlement(
                over ? PollStatus.DONE : PollStatus.PENDING,
                0,
                over ? now : now.plus(settings.pollInterval()),
                null,
                status,
                since,
                firstScan);
        relay.settle(() -> {
            if (tracking.settle(row.id(), row.attempts(), settlement, now) != 1) {
                return;
            }
            List<TrackingMapper.NewEvent> fresh = unseen(row.packageId(), events);
            if (!fresh.isEmpty()) {
                tracking.insertEvents(row.packageId(), fresh, now);
            }
        });
    }

    /** The events not stored yet, each once (a carrier may repeat an event within one answer). */
    private List<TrackingMapper.NewEvent> unseen(long packageId, List<TrackingEvent> events) {
        Set<String> stored = new HashSet<>(tracking.eventKeys(packageId));
        Map<String, TrackingMapper.NewEvent> fresh = new LinkedHashMap<>();
        for (TrackingEvent event : events) {
            Instant time = event.time().truncatedTo(ChronoUnit.MILLIS);
            String description = Columns.clip(event.description(), MAX_TEXT);
            String location = event.location() == null ? null : Columns.clip(event.location(), MAX_LOCATION);
            String key = key(time, description, location);
            if (!stored.contains(key)) {
                fresh.putIfAbsent(key, new TrackingMapper.NewEvent(key, time, event.status(), description, location));
            }
        }
        return List.copyOf(fresh.values());
    }

    /** Since when the parcel is in {@code status}: the first of the latest events that all say so, else now. */
    static Instant enteredAt(TrackingStatus status, List<TrackingEvent> events, Instant now) {
        Instant since = null;
        for (int i = events.size() - 1; i >= 0 && events.get(i).status() == status; i--) {
            since = events.get(i).time();
        }
        return since == null ? now : since.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The SHA-256 of an event's time, place and text: what makes it the same event when read again. */
    static String key(Instant time, String description, String location) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String identity = time.toEpochMilli() + "\n" + (location == null ? "" : location) + "\n" + description;
            return HexFormat.of().formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private void settle(TrackingPoll row, TrackingMapper.Settlement settlement, Instant now) {
        relay.settle(() -> tracking.settle(row.id(), row.attempts(), settlement, now));
    }

    /** Polled no more, for {@code why}. */
    private static TrackingMapper.Settlement stop(PollStatus status, String why, Instant now) {
        return new TrackingMapper.Settlement(status, 0, now, why, null, null, null);
    }

    /** Polled again at {@code next}, what is known kept. */
    private static TrackingMapper.Settlement again(int failures, Instant next, String why) {
        return new TrackingMapper.Settlement(
                PollStatus.PENDING, failures, next, Columns.clip(why, MAX_ERROR), null, null, null);
    }

    private static String label(OrderPackage pkg) {
        return pkg.trackingNumber() != null ? pkg.trackingNumber() : pkg.packageNo();
    }
}
