package io.junction.carriers.yunexpress.simulator;

import io.junction.carriers.kit.simulator.BookedParcels;
import io.junction.carriers.kit.simulator.ParcelJourney;
import io.junction.carriers.kit.simulator.ParcelNumbers;
import io.junction.carriers.yunexpress.YunExpressTrackType;
import io.junction.carriers.yunexpress.dto.CreateOrderAnswer.CreateOrderItem;
import io.junction.carriers.yunexpress.dto.Order;
import io.junction.carriers.yunexpress.dto.Receiver;
import io.junction.channel.Address;
import io.junction.logistics.TrackingStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulator's parcels, by customer order number. Thread-safe: WireMock serves requests on
 * several threads, and the check for a duplicate and the creation happen under one lock.
 */
final class ParcelBook extends BookedParcels<SimulatedParcel> {

    static final String DUPLICATE_REMARK = "CustomerOrderNumber already exists";

    /** What the simulator answers for a number it does not hold (UNCONFIRMED wording). */
    static final String NO_SUCH_ORDER_REMARK = "Order %s does not exist";

    /** What the simulator answers for a parcel already deleted (UNCONFIRMED wording). */
    static final String ALREADY_DELETED_REMARK = "Order %s has already been deleted";

    /** What the simulator answers for a parcel the depot has received (UNCONFIRMED wording). */
    static final String RECEIVED_REMARK = "Order %s has been received by the warehouse and cannot be deleted";

    /** What the simulator answers to an intercept of a parcel out for delivery or delivered (UNCONFIRMED wording). */
    static final String TOO_LATE_TO_INTERCEPT_REMARK =
            "Order %s is out for delivery or delivered and cannot be intercepted";

    /** What the simulator answers to a weight update of a parcel the depot has weighed (UNCONFIRMED wording). */
    static final String WEIGHED_REMARK = "Order %s has been weighed by the warehouse; the weight cannot be changed";

    private final Map<String, Instant> bookedAt = new LinkedHashMap<>();
    private final Map<String, Instant> interceptedAt = new LinkedHashMap<>();
    private final ParcelNumbers numbers;

    /** A book numbering its parcels from the block {@code numberBlock} selects (0: from the first number). */
    ParcelBook(long numberBlock) {
        super(
                "parcel",
                SimulatedParcel::customerOrderNumber,
                p -> Arrays.asList(p.customerOrderNumber(), p.wayBillNumber(), p.trackingNumber()),
                SimulatedParcel::asReceived);
        this.numbers = new ParcelNumbers(2_500_000_000_000_000L, 1_000_000L, numberBlock);
    }

    /** Validates and, when valid, books one order; the item says which. */
    synchronized CreateOrderItem create(Order order, Set<String> shippingMethods, boolean trackingLater, Instant now) {
        Optional<String> problem = OrderValidator.problem(order, shippingMethods);
        if (problem.isPresent()) {
            return failed(order, problem.get());
        }
        if (holds(order.customerOrderNumber())) {
            return failed(order, DUPLICATE_REMARK);
        }
        String digits = String.format("%016d", numbers.next());
        String tracking = trackingLater ? null : "YT" + digits;
        SimulatedParcel parcel = new SimulatedParcel(
                order.customerOrderNumber(),
                "YE" + digits,
                tracking,
                order.shippingMethodCode(),
                toAddress(order.receiver()),
                order.weight(),
                false,
                false);
        put(parcel);
        bookedAt.put(parcel.customerOrderNumber(), now);
        YunExpressTrackType trackType = trackingLater ? YunExpressTrackType.PENDING : YunExpressTrackType.GIVEN;
        return new CreateOrderItem(
                parcel.customerOrderNumber(), 1, trackType.code(), "", parcel.wayBillNumber(), tracking);
    }

    static CreateOrderItem failed(Order order, String remark) {
        return new CreateOrderItem(order.customerOrderNumber(), 0, YunExpressTrackType.NONE.code(), remark, null, null);
    }

    /** The parcel under this customer order number unless it was deleted: what lookups and labels see. */
    synchronized Optional<SimulatedParcel> liveByReference(String customerOrderNumber) {
        return byReference(customerOrderNumber).filter(p -> !p.deleted());
    }

    /**
     * Deletes the parcel {@code number} points at, as WayBill/Delete: the remark is empty when it was
     * deleted now, else why not. The customer order number stays taken (UNCONFIRMED).
     */
    synchronized Optional<String> delete(String number, ParcelJourney journey, Instant now) {
        Optional<SimulatedParcel> found = byAnyNumber(number);
        if (found.isEmpty()) {
            return Optional.of(String.format(NO_SUCH_ORDER_REMARK, number));
        }
        SimulatedParcel parcel = found.get();
        if (parcel.deleted()) {
            return Optional.of(String.format(ALREADY_DELETED_REMARK, number));
        }
        if (parcel.received()
                || journeyOf(parcel, journey, now).stream()
                        .anyMatch(s -> s.status().isScanned())) {
            return Optional.of(String.format(RECEIVED_REMARK, number));
        }
        put(parcel.asDeleted());
        return Optional.empty();
    }

    synchronized void assignPendingTrackingNumbers() {
        replaceAll(parcel -> parcel.hasTrackingNumber()
                ? parcel
                : parcel.withTrackingNumber("YT" + parcel.wayBillNumber().substring(2)));
    }

    /** The parcel's journey as of {@code now}: its events, oldest first. */
    synchronized List<ParcelJourney.Stop> journeyOf(SimulatedParcel parcel, ParcelJourney journey, Instant now) {
        String reference = parcel.customerOrderNumber();
        return journey.eventsAt(
                bookedAt.get(reference),
                interceptedAt.get(reference),
                now,
                parcel.recipient().city(),
                parcel.recipient().countryCode());
    }

    /** Intercepts the parcel {@code number} points at: empty when done (or done before), else why not. */
    synchronized Optional<String> intercept(String number, ParcelJourney journey, Instant now) {
        Optional<SimulatedParcel> found = byAnyNumber(number).filter(p -> !p.deleted());
        if (found.isEmpty()) {
            return Optional.of(String.format(NO_SUCH_ORDER_REMARK, number));
        }
        String reference = found.get().customerOrderNumber();
        if (interceptedAt.containsKey(reference)) {
            return Optional.empty();
        }
        TrackingStatus status = journey.statusAt(
                bookedAt.get(reference),
                null,
                now,
                found.get().recipient().city(),
                found.get().recipient().countryCode());
        if (status == TrackingStatus.OUT_FOR_DELIVERY || status == TrackingStatus.DELIVERED) {
            return Optional.of(String.format(TOO_LATE_TO_INTERCEPT_REMARK, number));
        }
        interceptedAt.put(reference, now);
        return Optional.empty();
    }

    /** Changes the declared weight: empty when done, else why not (unknown, deleted, or weighed at the depot). */
    synchronized Optional<String> updateWeight(String number, BigDecimal weightKg) {
        Optional<SimulatedParcel> found = byAnyNumber(number).filter(p -> !p.deleted());
        if (found.isEmpty()) {
            return Optional.of(String.format(NO_SUCH_ORDER_REMARK, number));
        }
        if (found.get().received()) {
            return Optional.of(String.format(WEIGHED_REMARK, number));
        }
        put(found.get().withWeight(weightKg));
        return Optional.empty();
    }

    /** When the parcel under this customer order number was intercepted; null when it was not. */
    synchronized Instant interceptedAt(String customerOrderNumber) {
        return interceptedAt.get(customerOrderNumber);
    }

    @Override
    public synchronized void clear() {
        super.clear();
        bookedAt.clear();
        interceptedAt.clear();
    }

    private static Address toAddress(Receiver r) {
        String name = String.join(" ", nonBlank(r.firstName(), r.lastName()));
        return new Address(
                name, r.company(), r.street(), null, r.city(), r.state(), r.zip(), r.countryCode(), r.phone());
    }

    private static List<String> nonBlank(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return kept;
    }
}
