package io.junction.carriers.fourpx.simulator;

import io.junction.carriers.fourpx.dto.CreateOrderRequest;
import io.junction.carriers.fourpx.dto.CreateOrderRequest.RecipientInfo;
import io.junction.carriers.fourpx.dto.FopEnvelope.FopError;
import io.junction.carriers.kit.simulator.BookedParcels;
import io.junction.carriers.kit.simulator.ParcelJourney;
import io.junction.carriers.kit.simulator.ParcelNumbers;
import io.junction.channel.Address;
import io.junction.logistics.TrackingStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The simulator's consignments, by reference. Thread-safe: the duplicate check and the creation
 * happen under one lock. Wordings of refusals are the simulator's (UNCONFIRMED).
 */
final class ConsignmentBook extends BookedParcels<SimulatedConsignment> {

    static final String NOT_FOUND = "20001";
    static final String RECEIVED = "20002";
    static final String ALREADY_CANCELLED = "20003";
    static final String TOO_LATE_TO_HOLD = "20004";
    static final String ALREADY_HELD = "20005";

    private final ParcelNumbers numbers;

    ConsignmentBook(long numberBlock) {
        super(
                "consignment",
                SimulatedConsignment::refNo,
                c -> Arrays.asList(c.refNo(), c.dsConsignmentNo(), c.trackingNo()),
                SimulatedConsignment::asReceived);
        this.numbers = new ParcelNumbers(300_000_000_000L, 100_000L, numberBlock);
    }

    /** Validates and books; the consignment, or the error 4PX would answer. */
    synchronized Result create(CreateOrderRequest c, Set<String> products, Instant now) {
        Optional<FopError> problem = ConsignmentValidator.problem(c, products);
        if (problem.isPresent()) {
            return new Result(null, problem.get());
        }
        if (holds(c.refNo())) {
            return new Result(
                    null,
                    new FopError(
                            ConsignmentValidator.DUPLICATE,
                            "参考号已存在 ref_no " + c.refNo() + " already exists",
                            null,
                            c.refNo()));
        }
        String digits = String.format("%012d", numbers.next());
        int weight = c.parcelList().stream().mapToInt(p -> p.weight()).sum();
        SimulatedConsignment booked = new SimulatedConsignment(
                c.refNo(),
                "DS" + digits,
                "4PX3" + digits + "CN",
                c.logisticsServiceInfo().logisticsProductCode(),
                toAddress(c.recipientInfo()),
                weight,
                now,
                false,
                false,
                null);
        put(booked);
        return new Result(booked, null);
    }

    /** What {@link #create} did: the consignment booked, or the error. */
    record Result(SimulatedConsignment booked, FopError error) {}

    /** Cancels; empty when done, else the error. */
    synchronized Optional<FopError> cancel(String number, Instant now, ParcelJourney journey) {
        Optional<SimulatedConsignment> found = byAnyNumber(number);
        if (found.isEmpty()) {
            return error(NOT_FOUND, "订单不存在 consignment " + number + " does not exist", number);
        }
        SimulatedConsignment c = found.get();
        if (c.cancelled()) {
            return error(ALREADY_CANCELLED, "订单已取消 consignment " + number + " already cancelled", number);
        }
        if (isReceived(c, now, journey)) {
            return error(
                    RECEIVED,
                    "订单已收货，不能取消 consignment " + number + " has been received and cannot be cancelled",
                    number);
        }
        put(c.asCancelled());
        return Optional.empty();
    }

    /** Holds (intercepts); empty when done, else the error. */
    synchronized Optional<FopError> hold(String number, Instant now, ParcelJourney journey) {
        Optional<SimulatedConsignment> found = byAnyNumber(number).filter(c -> !c.cancelled());
        if (found.isEmpty()) {
            return error(NOT_FOUND, "订单不存在 consignment " + number + " does not exist", number);
        }
        SimulatedConsignment c = found.get();
        if (c.heldAt() != null) {
            return error(ALREADY_HELD, "订单已拦截 consignment " + number + " already held", number);
        }
        TrackingStatus status = journey.statusAt(
                c.booked(), null, now, c.recipient().city(), c.recipient().countryCode());
        if (status == TrackingStatus.OUT_FOR_DELIVERY || status == TrackingStatus.DELIVERED) {
            return error(
                    TOO_LATE_TO_HOLD,
                    "包裹已派送，不能拦截 parcel " + number + " is out for delivery or delivered and cannot be held",
                    number);
        }
        put(c.heldAt(now));
        return Optional.empty();
    }

    /** Received explicitly, or its journey has passed the first scan. */
    static boolean isReceived(SimulatedConsignment c, Instant now, ParcelJourney journey) {
        return c.received()
                || journey.statusAt(
                                c.booked(),
                                c.heldAt(),
                                now,
                                c.recipient().city(),
                                c.recipient().countryCode())
                        .isScanned();
    }

    private static Optional<FopError> error(String code, String message, String number) {
        return Optional.of(new FopError(code, message, null, number));
    }

    private static Address toAddress(RecipientInfo r) {
        String name = r.lastName() == null ? r.firstName() : r.firstName() + " " + r.lastName();
        return new Address(
                name, r.company(), r.street(), null, r.city(), r.state(), r.postCode(), r.country(), r.phone());
    }
}
