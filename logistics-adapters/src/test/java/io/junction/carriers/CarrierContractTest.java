package io.junction.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.kit.CarrierCallLimits;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.kit.simulator.CarrierSimulator;
import io.junction.channel.Address;
import io.junction.connectors.kit.MutableClock;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelRequest.CustomsItem;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.TrackingEvent;
import io.junction.logistics.TrackingStatus;
import io.junction.outcome.RemoteOutcome;
import io.junction.ratelimit.CallQuota;
import io.junction.ratelimit.InMemoryCallQuota;
import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import io.junction.simulator.FaultMix;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every carrier does the same way, run through each carrier's adapter against its simulator: it
 * books, refuses bad addresses with the carrier's reasons, adopts a reference it already holds, turns
 * every way a carrier fails (5xx, reset, empty, malformed, garbage, slower than the time-out) into an
 * unknown that a lookup by reference resolves to exactly one parcel, refuses bad credentials, serves
 * a real PDF label, cancels before the depot has the parcel and refuses after, and tracks the parcel
 * along its journey. A carrier's test extends this and names its simulator, adapter, credentials and service.
 */
public abstract class CarrierContractTest<S extends CarrierSimulator<S>> {

    /** Scans every hour of the test clock: the journey runs in six hours of it. */
    protected static final Duration STEP = Duration.ofHours(1);

    private static final AtomicInteger REFERENCES = new AtomicInteger();

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
    protected final OkHttpClient http = new OkHttpClient();

    /** A carrier's adapter with this read time-out (the other time-outs a little longer), calling within {@code quota}. */
    @FunctionalInterface
    protected interface Adapters {
        CarrierAdapter adapter(Duration readTimeout, OkHttpClient http, CarrierQuota quota);
    }

    private final Function<Clock, S> simulators;
    private final Adapters adapters;
    private final String secretKey;

    /**
     * @param simulators the carrier's simulator on a clock, not started
     * @param adapters the carrier's adapter
     * @param secretKey the credential key of the account's secret
     */
    protected CarrierContractTest(Function<Clock, S> simulators, Adapters adapters, String secretKey) {
        this.simulators = simulators;
        this.adapters = adapters;
        this.secretKey = secretKey;
    }

    /** The adapter with this read time-out (the other time-outs a little longer), calling within {@code quota}. */
    protected CarrierAdapter adapter(Duration readTimeout, CarrierQuota quota) {
        return adapters.adapter(readTimeout, http, quota);
    }

    /** The adapter with this read time-out, its calls unlimited. */
    protected CarrierAdapter adapter(Duration readTimeout) {
        return adapter(readTimeout, CarrierQuota.unlimited());
    }

    protected S simulator;
    protected CarrierAdapter adapter;

    @BeforeEach
    void startCarrier() {
        // the simulator on the test clock, parcels moving every STEP
        simulator = simulators.apply(clock).movesEvery(STEP).start();
        adapter = adapter(Duration.ofSeconds(10));
    }

    @AfterEach
    void stopCarrier() {
        simulator.stop();
    }

    /** The account the simulator accepts. */
    protected CarrierAccess access() {
        return simulator.access(1);
    }

    /** An account with the right user and a wrong secret. */
    private CarrierAccess accessWithWrongSecret() {
        Map<String, String> wrong = new HashMap<>(simulator.credentials());
        wrong.put(secretKey, "not-the-secret");
        return new CarrierAccess(1, simulator.carrierCode(), simulator.baseUrl(), wrong);
    }

    /** How many parcels the simulator holds under our reference (cancelled ones included). */
    private int parcelsHeldFor(String reference) {
        return simulator.parcelsPerReference().getOrDefault(reference, 0);
    }

    protected static String newReference() {
        return "JX-C" + REFERENCES.incrementAndGet();
    }

    /** A mug for Anna Maria Schmidt in Berlin. */
    protected ParcelRequest mugForAnna(String reference) {
        return mugFor(reference, anna("10115", "Invalidenstraße 117", "Berlin"));
    }

    protected ParcelRequest mugFor(String reference, Address to) {
        CustomsItem mug =
                new CustomsItem("SKU-MUG-01", "Ceramic mug", "陶瓷杯", "691200", 2, new BigDecimal("12.50"), 450);
        return new ParcelRequest(reference, simulator.serviceCode(), 1250, to, "EUR", List.of(mug));
    }

    protected static Address anna(String postcode, String street, String city) {
        return new Address(
                "Anna Maria Schmidt", "", street, "Hinterhaus", city, null, postcode, "DE", "+49 30 1234567");
    }

    protected Parcel created(String reference) {
        RemoteOutcome<Parcel> outcome = adapter.createParcel(access(), mugForAnna(reference));
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
        return ((RemoteOutcome.Succeeded<Parcel>) outcome).value();
    }

    private Optional<Parcel> lookedUp(String reference) {
        RemoteOutcome<Optional<Parcel>> found = adapter.findParcel(access(), reference);
        assertThat(found).isInstanceOf(RemoteOutcome.Succeeded.class);
        return ((RemoteOutcome.Succeeded<Optional<Parcel>>) found).value();
    }

    // booking

    @Test
    void booksAParcelWithItsTrackingNumberAndFindsItByOurReference() {
        // given
        String reference = newReference();

        // when
        Parcel parcel = created(reference);

        // then
        assertThat(parcel.reference()).isEqualTo(reference);
        assertThat(parcel.trackingNumber()).isNotBlank();
        assertThat(lookedUp(reference)).contains(parcel);
        assertThat(parcelsHeldFor(reference)).isEqualTo(1);
    }

    @Test
    void aCallBeyondTheAccountsSharedLimitIsRefusedUnsentAndBooksNothing() {
        // given: two nodes' adapters drawing on one bucket that holds one call and, the test clock standing
        // still, never refills
        CallQuota shared = new InMemoryCallQuota(clock, Duration.ZERO);
        CarrierCallLimits oneCall = new CarrierCallLimits(UsagePlans.uniform(new UsagePlan(0.001, 1)), null);
        CarrierAdapter nodeA = adapter(Duration.ofSeconds(10), new CarrierQuota(shared, oneCall));
        CarrierAdapter nodeB = adapter(Duration.ofSeconds(10), new CarrierQuota(shared, oneCall));
        String first = newReference();
        String second = newReference();

        // when
        RemoteOutcome<Parcel> booked = nodeA.createParcel(access(), mugForAnna(first));
        RemoteOutcome<Parcel> refused = nodeB.createParcel(access(), mugForAnna(second));

        // then
        assertThat(booked).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(refused)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class, r -> assertThat(r.code()).isEqualTo(CarrierQuota.THROTTLED));
        assertThat(parcelsHeldFor(first)).isEqualTo(1);
        assertThat(parcelsHeldFor(second)).isZero();
    }

    @Test
    void aReferenceTheCarrierDoesNotHoldIsFoundEmpty() {
        assertThat(lookedUp(newReference())).isEmpty();
    }

    @Test
    void refusesAPostcodeOfTheWrongShapeWithTheCarriersReason() {
        // given
        String reference = newReference();

        // when
        RemoteOutcome<Parcel> outcome =
                adapter.createParcel(access(), mugFor(reference, anna("1011", "Invalidenstraße 117", "Berlin")));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Rejected.class);
        assertThat(((RemoteOutcome.Rejected<Parcel>) outcome).message()).contains("1011");
        assertThat(parcelsHeldFor(reference)).isZero();
    }

    @Test
    void refusesSpecialCharactersInTheAddressNamingTheCharacter() {
        // given
        String reference = newReference();

        // when
        RemoteOutcome<Parcel> outcome =
                adapter.createParcel(access(), mugFor(reference, anna("10115", "Invalidenstraße <117>", "Berlin")));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Rejected.class);
        assertThat(((RemoteOutcome.Rejected<Parcel>) outcome).message()).contains("<");
        assertThat(parcelsHeldFor(reference)).isZero();
    }

    @Test
    void refusesAnAddressWithoutACity() {
        // given
        String reference = newReference();

        // when
        RemoteOutcome<Parcel> outcome =
                adapter.createParcel(access(), mugFor(reference, anna("10115", "Invalidenstraße 117", " ")));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Rejected.class);
        assertThat(((RemoteOutcome.Rejected<Parcel>) outcome).message()).containsIgnoringCase("city");
    }

    @Test
    void adoptsTheParcelItAlreadyHoldsUnderTheReferenceInsteadOfBookingASecond() {
        // given
        String reference = newReference();
        Parcel first = created(reference);

        // when
        RemoteOutcome<Parcel> again = adapter.createParcel(access(), mugForAnna(reference));

        // then
        assertThat(again).isEqualTo(RemoteOutcome.succeeded(first));
        assertThat(parcelsHeldFor(reference)).isEqualTo(1);
    }

    @Test
    void refusesWrongCredentialsWithoutBooking() {
        // given
        String reference = newReference();

        // when
        RemoteOutcome<Parcel> outcome = adapter.createParcel(accessWithWrongSecret(), mugForAnna(reference));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Rejected.class);
        assertThat(parcelsHeldFor(reference)).isZero();
    }

    // failing the ways carriers fail

    @Test
    void aServerErrorIsUnknownAndNothingWasBooked() {
        // given
        String reference = newReference();
        simulator.failsNext(502);

        // when
        RemoteOutcome<Parcel> outcome = adapter.createParcel(access(), mugForAnna(reference));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
        assertThat(lookedUp(reference)).isEmpty();
    }

    @Test
    void aConnectionResetAfterBookingIsUnknownAndTheLookupFindsTheOneParcel() {
        // given
        String reference = newReference();
        simulator.dropsConnectionAfterAccepting();

        // when
        RemoteOutcome<Parcel> outcome = adapter.createParcel(access(), mugForAnna(reference));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
        assertThat(lookedUp(reference)).isPresent();
        assertThat(parcelsHeldFor(reference)).isEqualTo(1);
    }

    @Test
    void anEmptyAnswerIsUnknownAndTheLookupFindsTheOneParcel() {
        unknownThenFoundOnce(simulator::answersEmptyNext);
    }

    @Test
    void aMalformedAnswerIsUnknownAndTheLookupFindsTheOneParcel() {
        unknownThenFoundOnce(simulator::answersMalformedNext);
    }

    @Test
    void aGarbageAnswerIsUnknownAndTheLookupFindsTheOneParcel() {
        unknownThenFoundOnce(simulator::answersGarbageNext);
    }

    @Test
    void anAnswerSlowerThanTheTimeOutIsUnknownAndTheLookupFindsTheOneParcel() {
        adapter = adapter(Duration.ofSeconds(1));
        unknownThenFoundOnce(() -> simulator.answersSlowerThan(Duration.ofMillis(2500)));
    }

    @Test
    void aCarrierFailingAtRandomOnlyEverBooksOrIsUnknownAndEachFaultItCountsIsOneUnknownAnswer() {
        // given a carrier failing at random: 10 % 5xx, 3 % each empty, malformed and garbage answers
        simulator.failsAtRandom(new FaultMix(11, 0.10, 0.03, 0.03, 0.03, 0, Duration.ZERO));
        List<String> references = new ArrayList<>();
        int unknown = 0;

        // when 60 parcels are booked
        for (int i = 0; i < 60; i++) {
            String reference = newReference();
            references.add(reference);
            RemoteOutcome<Parcel> outcome = adapter.createParcel(access(), mugForAnna(reference));
            assertThat(outcome).isNotInstanceOf(RemoteOutcome.Rejected.class);
            if (outcome instanceof RemoteOutcome.Unknown) {
                unknown++;
            }
        }
        Map<FaultMix.Kind, Long> faults = simulator.faultsInjected();
        simulator.failsAtRandom(FaultMix.none());

        // then each fault counted made one answer unknown, and no reference holds more than one parcel
        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(unknown);
        assertThat(unknown).isPositive();
        for (String reference : references) {
            assertThat(parcelsHeldFor(reference)).isLessThanOrEqualTo(1);
            assertThat(lookedUp(reference).isPresent()).isEqualTo(parcelsHeldFor(reference) == 1);
        }
    }

    private void unknownThenFoundOnce(Runnable spoil) {
        // given
        String reference = newReference();
        spoil.run();

        // when
        RemoteOutcome<Parcel> outcome = adapter.createParcel(access(), mugForAnna(reference));

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
        assertThat(lookedUp(reference)).isPresent();
        assertThat(parcelsHeldFor(reference)).isEqualTo(1);
    }

    // labels

    @Test
    void servesARealPdfLabelNamingOurReference() throws IOException {
        // given
        String reference = newReference();
        Parcel parcel = created(reference);

        // when
        RemoteOutcome<byte[]> label = adapter.label(access(), parcel);

        // then
        assertThat(label).isInstanceOf(RemoteOutcome.Succeeded.class);
        try (PDDocument pdf = Loader.loadPDF(((RemoteOutcome.Succeeded<byte[]>) label).value())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(reference).contains("Anna Maria Schmidt");
        }
    }

    // cancelling

    @Test
    void cancelsAParcelTheDepotHasNotReceivedAndNoLongerHoldsIt() {
        // given
        String reference = newReference();
        Parcel parcel = created(reference);

        // when
        RemoteOutcome<Void> cancelled = adapter.cancelParcel(access(), parcel);

        // then
        assertThat(cancelled).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(lookedUp(reference)).isEmpty();
        assertThat(adapter.cancelParcel(access(), parcel)).isInstanceOf(RemoteOutcome.Succeeded.class);
    }

    @Test
    void refusesToCancelAParcelTheDepotHasReceivedWithTheCarriersReason() {
        // given
        String reference = newReference();
        Parcel parcel = created(reference);
        simulator.receives(reference);

        // when
        RemoteOutcome<Void> cancelled = adapter.cancelParcel(access(), parcel);

        // then
        assertThat(cancelled).isInstanceOf(RemoteOutcome.Rejected.class);
        assertThat(((RemoteOutcome.Rejected<Void>) cancelled).message()).containsIgnoringCase("receive");
        assertThat(lookedUp(reference)).isPresent();
    }

    // tracking

    @Test
    void tracksTheParcelAlongItsJourneyAsTimePasses() {
        // given
        Parcel parcel = created(newReference());

        // when
        ParcelTracking atFirst = tracked(parcel);
        clock.advance(STEP.multipliedBy(3));
        ParcelTracking later = tracked(parcel);
        clock.advance(STEP.multipliedBy(3));
        ParcelTracking atTheEnd = tracked(parcel);

        // then
        assertThat(atFirst.status()).isEqualTo(TrackingStatus.INFO_RECEIVED);
        assertThat(later.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(atTheEnd.status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(atTheEnd.events()).isSortedAccordingTo((a, b) -> a.time().compareTo(b.time()));
    }

    @Test
    void interceptsAParcelOnItsWayWhenTheCarrierOffersIt() {
        // given
        Parcel parcel = created(newReference());
        clock.advance(STEP.multipliedBy(2));

        // when
        RemoteOutcome<Void> intercepted = adapter.interceptParcel(access(), parcel, "buyer cancelled");

        // then
        if (!adapter.supports(CarrierAdapter.Operation.INTERCEPT)) {
            assertThat(intercepted).isInstanceOf(RemoteOutcome.Rejected.class);
            assertThat(((RemoteOutcome.Rejected<Void>) intercepted).code()).isEqualTo(CarrierAdapter.NOT_SUPPORTED);
            return;
        }
        assertThat(intercepted).isInstanceOf(RemoteOutcome.Succeeded.class);
        clock.advance(STEP.multipliedBy(2));
        ParcelTracking tracking = tracked(parcel);
        assertThat(tracking.status()).isEqualTo(TrackingStatus.RETURNED);
        assertThat(tracking.events()).extracting(TrackingEvent::status).contains(TrackingStatus.EXCEPTION);
    }

    protected ParcelTracking tracked(Parcel parcel) {
        RemoteOutcome<ParcelTracking> outcome = adapter.track(access(), parcel);
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
        return ((RemoteOutcome.Succeeded<ParcelTracking>) outcome).value();
    }
}
