package io.junction.testing;

import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.FreightQuote;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.QuoteRequest;
import io.junction.logistics.TrackingEvent;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A carrier in memory for sync-core's tests. It keeps at most what it is told: a parcel per
 * reference, and can be scripted to refuse, to create and then lose the answer, or to be unreachable;
 * cancellations likewise (cancel, refuse, cancel and lose the answer, unreachable). A cancelled
 * parcel is no longer held: lookups do not find it.
 */
public class FakeCarrier implements CarrierAdapter {

    public static final String CARRIER = "FAKECARRIER";

    /** What the next createParcel does. */
    public enum Behaviour {
        CREATE,
        REJECT,
        CREATE_THEN_LOSE_ANSWER,
        UNREACHABLE
    }

    /** What the next updateWeight does. */
    public enum WeightBehaviour {
        ACCEPT,
        REFUSE,
        UNREACHABLE
    }

    /** What the next cancelParcel does. */
    public enum CancelBehaviour {
        CANCEL,
        REFUSE,
        CANCEL_THEN_LOSE_ANSWER,
        UNREACHABLE
    }

    private final Map<String, Parcel> parcels = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> creates = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lookupsByReference = new ConcurrentHashMap<>();
    private final Deque<Behaviour> script = new ArrayDeque<>();
    private final Deque<CancelBehaviour> cancelScript = new ArrayDeque<>();
    private final Map<String, Parcel> cancelled = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> cancels = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> effectiveCancels = new ConcurrentHashMap<>();
    private final Map<String, ParcelRequest> requests = new ConcurrentHashMap<>();
    private Runnable beforeNextCreate;
    private final AtomicInteger lookups = new AtomicInteger();
    /** Seeded from the wall clock so tracking numbers stay unique in a database shared by earlier runs. */
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis());

    private volatile boolean lookupsFail;
    private volatile boolean printsLabels;
    private final AtomicInteger labelCalls = new AtomicInteger();
    private volatile boolean intercepts;
    private volatile boolean tracks = true;
    private volatile Runnable beforeNextTrack;
    private final Deque<TrackBehaviour> trackScript = new ArrayDeque<>();
    private final Map<String, List<TrackingEvent>> scans = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> trackCalls = new ConcurrentHashMap<>();
    private volatile boolean updatesWeights;
    private final Deque<WeightBehaviour> weightScript = new ArrayDeque<>();
    private final Map<String, List<Integer>> weightsSent = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> interceptCalls = new ConcurrentHashMap<>();
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean quotes;
    private final Map<String, RemoteOutcome<List<FreightQuote>>> quoteAnswers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> quoteCalls = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    @Override
    public String carrier() {
        return CARRIER;
    }

    /**
     * Creates the parcel after the carrier's latency, if one is set; counts the calls in flight at once so a test
     * can tell how many a batch made side by side.
     */
    @Override
    public RemoteOutcome<Parcel> createParcel(CarrierAccess account, ParcelRequest request) {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try {
            long pause = latency.toMillis();
            if (pause > 0) {
                Thread.sleep(pause);
            }
            return create(request);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return RemoteOutcome.unknown("interrupted");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private synchronized RemoteOutcome<Parcel> create(ParcelRequest request) {
        Behaviour behaviour = script.isEmpty() ? Behaviour.CREATE : script.pop();
        Runnable meanwhile = beforeNextCreate;
        beforeNextCreate = null;
        if (meanwhile != null) {
            meanwhile.run();
        }
        creates.computeIfAbsent(request.reference(), r -> new AtomicInteger()).incrementAndGet();
        requests.put(request.reference(), request);
        switch (behaviour) {
            case REJECT:
                return RemoteOutcome.rejected(
                        "ZIP", "postal code " + request.recipient().postalCode() + " is not valid");
            case UNREACHABLE:
                return RemoteOutcome.unknown("connect timed out");
            default:
                break;
        }
        if (parcels.containsKey(request.reference())) {
            return RemoteOutcome.rejected("DUPLICATE", "customer order number already exists");
        }
        long number = sequence.incrementAndGet();
        Parcel parcel = new Parcel(request.reference(), "FK" + number, "WB" + number);
        parcels.put(request.reference(), parcel);
        return behaviour == Behaviour.CREATE_THEN_LOSE_ANSWER
                ? RemoteOutcome.unknown("connection reset")
                : RemoteOutcome.succeeded(parcel);
    }

    @Override
    public RemoteOutcome<Optional<Parcel>> findParcel(CarrierAccess account, String reference) {
        lookups.incrementAndGet();
        lookupsByReference.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
        if (lookupsFail) {
            return RemoteOutcome.unknown("read timed out");
        }
        return RemoteOutcome.succeeded(Optional.ofNullable(parcels.get(reference)));
    }

    @Override
    public RemoteOutcome<byte[]> label(CarrierAccess account, Parcel parcel) {
        labelCalls.incrementAndGet();
        if (!printsLabels) {
            return RemoteOutcome.rejected("NOT_SUPPORTED", "the fake carrier prints no labels");
        }
        return RemoteOutcome.succeeded(labelPdf("FAKECARRIER LABEL " + parcel.trackingNumber()));
    }

    /** A one-page PDF saying {@code text}: the label the fake carrier serves once {@link #printLabels} is on. */
    public static byte[] labelPdf(String text) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page =
                    new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(283, 283));
            document.addPage(page);
            try (var canvas = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                canvas.beginText();
                canvas.setFont(
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                        10);
                canvas.newLineAtOffset(20, 140);
                canvas.showText(text);
                canvas.endText();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the carrier serves labels (off by default, and after {@link #reset}). */
    public void printLabels(boolean prints) {
        printsLabels = prints;
    }

    /** How many labels were asked for, served or not. */
    public int labelCalls() {
        return labelCalls.get();
    }

    @Override
    public synchronized RemoteOutcome<Void> cancelParcel(CarrierAccess account, Parcel parcel) {
        CancelBehaviour behaviour = cancelScript.isEmpty() ? CancelBehaviour.CANCEL : cancelScript.pop();
        String reference = parcel.reference();
        cancels.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
        switch (behaviour) {
            case REFUSE:
                return RemoteOutcome.rejected(
                        "RECEIVED", "parcel already received at the depot, it cannot be cancelled");
            case UNREACHABLE:
                return RemoteOutcome.unknown("connect timed out");
            default:
                break;
        }
        Parcel held = parcels.remove(reference);
        if (held != null) {
            cancelled.put(reference, held);
            effectiveCancels
                    .computeIfAbsent(reference, r -> new AtomicInteger())
                    .incrementAndGet();
        }
        return behaviour == CancelBehaviour.CANCEL_THEN_LOSE_ANSWER
                ? RemoteOutcome.unknown("connection reset")
                : RemoteOutcome.succeeded(null);
    }

    /**
     * Quotes from now on: each service code answers its price ({@link #prices}), or is unreachable
     * ({@link #quotesUnreachableFor}); an unlisted code is refused by the carrier.
     */
    public FakeCarrier quotes() {
        quotes = true;
        return this;
    }

    /** The carrier prices {@code serviceCode} at {@code amount} CNY, {@code daysMin}–{@code daysMax} days in transit. */
    public FakeCarrier prices(String serviceCode, String amount, int daysMin, int daysMax) {
        quoteAnswers.put(
                serviceCode,
                RemoteOutcome.succeeded(List.of(
                        FreightQuote.priced(serviceCode, null, new BigDecimal(amount), "CNY", daysMin, daysMax))));
        return this;
    }

    /** Asking for {@code serviceCode}'s price gets no answer. */
    public FakeCarrier quotesUnreachableFor(String serviceCode) {
        quoteAnswers.put(serviceCode, RemoteOutcome.unknown("connection reset"));
        return this;
    }

    /** How many times {@code serviceCode} was quoted. */
    public int quoteCalls(String serviceCode) {
        AtomicInteger n = quoteCalls.get(serviceCode);
        return n == null ? 0 : n.get();
    }

    @Override
    public RemoteOutcome<List<FreightQuote>> quote(CarrierAccess account, QuoteRequest request) {
        if (!quotes) {
            return notSupported("freight quotes");
        }
        String code = request.serviceCode();
        quoteCalls
                .computeIfAbsent(String.valueOf(code), c -> new AtomicInteger())
                .incrementAndGet();
        RemoteOutcome<List<FreightQuote>> answer = code == null ? null : quoteAnswers.get(code);
        return answer != null ? answer : RemoteOutcome.rejected("NO_PRICE", "no price for " + code);
    }

    @Override
    public boolean supports(Operation operation) {
        return (operation == Operation.QUOTE && quotes)
                || (operation == Operation.INTERCEPT && intercepts)
                || (operation == Operation.TRACK && tracks)
                || (operation == Operation.UPDATE_WEIGHT && updatesWeights);
    }

    /** What the next track call does. */
    public enum TrackBehaviour {
        ANSWER,
        REFUSE,
        UNREACHABLE,
        /** The account's call quota had no call to spare: refused unsent. */
        THROTTLED
    }

    /** Answers the events set for the parcel's reference ({@link #scans}), or as the script says. */
    @Override
    public RemoteOutcome<ParcelTracking> track(CarrierAccess account, Parcel parcel) {
        trackCalls.computeIfAbsent(parcel.reference(), r -> new AtomicInteger()).incrementAndGet();
        Runnable meanwhile = beforeNextTrack;
        beforeNextTrack = null;
        if (meanwhile != null) {
            meanwhile.run();
        }
        TrackBehaviour behaviour;
        synchronized (this) {
            behaviour = trackScript.isEmpty() ? TrackBehaviour.ANSWER : trackScript.poll();
        }
        return switch (behaviour) {
            case REFUSE -> RemoteOutcome.rejected("NOT_FOUND", "no such parcel " + parcel.trackingNumber());
            case UNREACHABLE -> RemoteOutcome.unknown("connection reset");
            case THROTTLED -> RemoteOutcome.rejected("THROTTLED", "no call to spare within PT5S");
            case ANSWER ->
                RemoteOutcome.succeeded(ParcelTracking.fromEvents(
                        parcel.trackingNumber(), scans.getOrDefault(parcel.reference(), List.of())));
        };
    }

    /** From now on the parcel under {@code reference} has these events. */
    public void scans(String reference, List<TrackingEvent> events) {
        scans.put(reference, List.copyOf(events));
    }

    /** Scripts the next track calls. */
    public synchronized void nextTrack(TrackBehaviour... behaviours) {
        trackScript.addAll(List.of(behaviours));
    }

    /** Runs {@code meanwhile} inside the next track call, before it answers: what happens while a poll is in flight. */
    public void beforeNextTrack(Runnable meanwhile) {
        beforeNextTrack = meanwhile;
    }

    /** Whether the carrier offers tracking (it does unless told otherwise). */
    public void tracks(boolean offered) {
        tracks = offered;
    }

    /** How many track calls arrived for this reference. */
    public int trackCallsFor(String reference) {
        AtomicInteger n = trackCalls.get(reference);
        return n == null ? 0 : n.get();
    }

    /** Records every weight sent (taken or not) per reference; answers as scripted, accepting by default. */
    @Override
    public synchronized RemoteOutcome<Void> updateWeight(CarrierAccess account, Parcel parcel, int weightGrams) {
        if (!updatesWeights) {
            return notSupported("updating the weight");
        }
        weightsSent
                .computeIfAbsent(parcel.reference(), r -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(weightGrams);
        WeightBehaviour behaviour = weightScript.isEmpty() ? WeightBehaviour.ACCEPT : weightScript.pop();
        return switch (behaviour) {
            case REFUSE -> RemoteOutcome.rejected("WEIGHED", "the parcel was weighed at the depot already");
            case UNREACHABLE -> RemoteOutcome.unknown("read timed out");
            case ACCEPT -> RemoteOutcome.succeeded(null);
        };
    }

    /** From now on the carrier takes weight updates (off by default, and after {@link #reset}). */
    public void updatesWeights(boolean offered) {
        updatesWeights = offered;
    }

    /** Scripts the next weight updates. */
    public synchronized void nextWeight(WeightBehaviour... behaviours) {
        weightScript.addAll(List.of(behaviours));
    }

    /** Every weight sent for this reference, oldest first. */
    public List<Integer> weightsSentFor(String reference) {
        return List.copyOf(weightsSent.getOrDefault(reference, List.of()));
    }

    @Override
    public RemoteOutcome<Void> interceptParcel(CarrierAccess account, Parcel parcel, String reason) {
        if (!intercepts) {
            return notSupported("intercepting a parcel");
        }
        interceptCalls
                .computeIfAbsent(parcel.reference(), r -> new AtomicInteger())
                .incrementAndGet();
        return RemoteOutcome.succeeded(null);
    }

    /** From now on the carrier offers intercepts, and accepts every one. */
    public void intercepts(boolean offered) {
        intercepts = offered;
    }

    /** How many intercept calls arrived for this reference. */
    public int interceptCallsFor(String reference) {
        AtomicInteger n = interceptCalls.get(reference);
        return n == null ? 0 : n.get();
    }

    /** Scripts the next cancellations. */
    public synchronized void nextCancel(CancelBehaviour... behaviours) {
        cancelScript.addAll(List.of(behaviours));
    }

    /** Runs {@code meanwhile} inside the next create call, before the parcel is made: what happens while a pre-advice is in flight. */
    public synchronized void beforeNextCreate(Runnable meanwhile) {
        beforeNextCreate = meanwhile;
    }

    /** How many cancel calls arrived for this reference. */
    public int cancelCallsFor(String reference) {
        AtomicInteger n = cancels.get(reference);
        return n == null ? 0 : n.get();
    }

    /** How many cancel calls actually cancelled a parcel held under this reference: 0 or 1, never more. */
    public int cancellationsOf(String reference) {
        AtomicInteger n = effectiveCancels.get(reference);
        return n == null ? 0 : n.get();
    }

    public synchronized void next(Behaviour... behaviours) {
        script.addAll(List.of(behaviours));
    }

    public void lookupsFail(boolean fail) {
        lookupsFail = fail;
    }

    /** Parcels the carrier holds (not cancelled) for this reference: 0 or 1, never more. */
    /** The last pre-advice asked for {@code reference}, as the carrier received it; null when none. */
    public ParcelRequest lastRequest(String reference) {
        return requests.get(reference);
    }

    public int parcelsFor(String reference) {
        return parcels.containsKey(reference) ? 1 : 0;
    }

    /** How many create calls arrived for this reference. */
    public int createCallsFor(String reference) {
        AtomicInteger n = creates.get(reference);
        return n == null ? 0 : n.get();
    }

    public int lookups() {
        return lookups.get();
    }

    /** How many lookups asked for this reference. */
    public int lookupsFor(String reference) {
        AtomicInteger n = lookupsByReference.get(reference);
        return n == null ? 0 : n.get();
    }

    /** Every create answers only after {@code answerTime}, as a carrier far away does. */
    public void answersAfter(Duration answerTime) {
        latency = answerTime;
    }

    /** The most creates that were in flight at once since the last {@link #reset}. */
    public int mostCreatesAtOnce() {
        return mostInFlight.get();
    }

    /** Forgets the script, the latency and the most creates at once, and heals the lookups; parcels and counters stay
     * (references are unique). */
    public synchronized void reset() {
        latency = Duration.ZERO;
        mostInFlight.set(0);
        script.clear();
        cancelScript.clear();
        beforeNextCreate = null;
        lookupsFail = false;
        printsLabels = false;
        intercepts = false;
        tracks = true;
        beforeNextTrack = null;
        trackScript.clear();
        updatesWeights = false;
        weightScript.clear();
        quotes = false;
        quoteAnswers.clear();
    }
}
