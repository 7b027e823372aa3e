package io.junction.carriers.yanwen.simulator;

import io.junction.carriers.kit.simulator.BookedParcels;
import io.junction.carriers.kit.simulator.CarrierSimulator;
import io.junction.carriers.kit.simulator.ParcelJourney;
import io.junction.carriers.kit.simulator.ParcelNumbers;
import io.junction.carriers.yanwen.YanwenCarrierAdapter;
import io.junction.carriers.yanwen.YanwenClient;
import io.junction.carriers.yanwen.dto.CreateOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Yanwen's open API on a local port ({@code POST /api/order?method=…}), with an order book behind it.
 * It checks the user and Yanwen's MD5 signature on every call, validates each order (required fields,
 * postcode shape, special characters, at most five products, channel offered) with Yanwen-like reasons,
 * refuses an order number it already holds, lists only the numbers it knows when asked for several
 * ({@code express.order.getlist}), serves PDF labels inline as Base64, cancels (refused once the depot
 * has the parcel) and moves parcels along a {@link ParcelJourney}, which their status shows. Error codes
 * and wordings are the simulator's (UNCONFIRMED).
 */
public class YanwenSimulator extends CarrierSimulator<YanwenSimulator> {

    /** The user id the no-argument simulator accepts. */
    public static final String DEFAULT_USER_ID = "100000";

    /** The API token the no-argument simulator accepts. */
    public static final String DEFAULT_API_TOKEN = "sim-yanwen-api-token";

    /** The channel the simulator offers first. */
    public static final String DEFAULT_CHANNEL = "481";

    static final String BASE_PATH = "/api/order";

    private final BookedParcels<SimulatedOrder> book = new BookedParcels<>(
            "order",
            SimulatedOrder::orderNumber,
            o -> Arrays.asList(o.orderNumber(), o.waybillNumber()),
            SimulatedOrder::asReceived);
    private final AtomicReference<OrderRules.Refusal> rejectNext = new AtomicReference<>();
    private final ParcelNumbers numbers;

    /** A simulator accepting {@link #DEFAULT_USER_ID} and {@link #DEFAULT_API_TOKEN}, on the system clock. */
    public YanwenSimulator() {
        this(0, Clock.systemUTC());
    }

    /** A simulator accepting the default credentials, numbering from the block {@code numberBlock} selects. */
    public YanwenSimulator(long numberBlock, Clock clock) {
        this(DEFAULT_USER_ID, DEFAULT_API_TOKEN, numberBlock, clock);
    }

    /** A simulator accepting these credentials, numbering from the block {@code numberBlock} selects, on {@code clock}. */
    public YanwenSimulator(String userId, String apiToken, long numberBlock, Clock clock) {
        super(
                YanwenCarrierAdapter.CARRIER,
                "the Yanwen simulator",
                BASE_PATH,
                clock,
                Map.of(YanwenClient.USER_ID, userId, YanwenClient.API_TOKEN, apiToken),
                List.of(DEFAULT_CHANNEL, "482"));
        this.numbers = new ParcelNumbers(100_000_000L, 800L, numberBlock);
    }

    @Override
    protected YanwenEndpoints endpoints() {
        return new YanwenEndpoints(this);
    }

    /** Forgets every order, staged scenario and count. */
    public synchronized void reset() {
        book.clear();
        scenarios.clear();
        rejectNext.set(null);
        clearCreateRequests();
    }

    public String userId() {
        return credential(YanwenClient.USER_ID);
    }

    public String apiToken() {
        return credential(YanwenClient.API_TOKEN);
    }

    // Scenarios

    /** The next create is refused with this code and message, booking nothing. */
    public YanwenSimulator rejectsNext(String code, String message) {
        rejectNext.set(new OrderRules.Refusal(code, message));
        return this;
    }

    // Inspection

    @Override
    protected BookedParcels<SimulatedOrder> book() {
        return book;
    }

    public synchronized List<SimulatedOrder> orders() {
        return book.all();
    }

    /** The orders under an order number: never more than one, unless something is wrong. */
    public synchronized List<SimulatedOrder> ordersFor(String orderNumber) {
        return book.under(orderNumber);
    }

    // For the endpoints (called under the simulator's lock)

    synchronized Optional<SimulatedOrder> book(CreateOrder order, Instant now) {
        if (book.holds(order.orderNumber())) {
            return Optional.empty();
        }
        String waybill = String.format("UG%09dCN", numbers.next());
        SimulatedOrder booked = new SimulatedOrder(
                order.orderNumber(),
                waybill,
                order.channelId(),
                YanwenEndpoints.toAddress(order.receiverInfo()),
                order.parcelInfo().totalWeight(),
                now,
                false,
                false);
        book.put(booked);
        return Optional.of(booked);
    }

    synchronized Optional<SimulatedOrder> byAnyNumber(String number) {
        return book.byAnyNumber(number);
    }

    synchronized void cancel(SimulatedOrder order) {
        book.put(order.asCancelled());
    }

    Optional<OrderRules.Refusal> takeStagedRejection() {
        return Optional.ofNullable(rejectNext.getAndSet(null));
    }
}
