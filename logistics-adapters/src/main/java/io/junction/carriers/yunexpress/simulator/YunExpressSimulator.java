package io.junction.carriers.yunexpress.simulator;

import io.junction.carriers.kit.simulator.CarrierSimulator;
import io.junction.carriers.kit.simulator.FreightTable;
import io.junction.carriers.yunexpress.YunExpressCarrierAdapter;
import io.junction.carriers.yunexpress.YunExpressClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * YunExpress' OMS API on a local port, with a parcel book behind it. It checks Basic auth on every
 * call, validates each CreateOrder order on its own (partial failure is normal), refuses a
 * customer order number it already holds, answers lookups, serves labels drawn with our
 * {@link io.junction.simulator.label.LabelRenderer}, and deletes parcels (WayBill/Delete): a parcel
 * the depot has {@linkplain #receives(String) received} is refused, an unknown number is refused
 * with "Order … does not exist", a deleted one with "… has already been deleted"; a deleted parcel
 * no longer appears in lookups or labels and its customer order number stays taken. The Delete
 * shapes and wordings are UNCONFIRMED (see the module README).
 *
 * <pre>{@code
 * YunExpressSimulator yunExpress = new YunExpressSimulator();
 * yunExpress.start();
 * CarrierAccess access = new CarrierAccess(1, "YUNEXPRESS", yunExpress.baseUrl(),
 *         Map.of("customerCode", yunExpress.customerCode(), "apiSecret", yunExpress.apiSecret()));
 * yunExpress.dropsConnectionAfterAccepting();   // stage a failure for the next CreateOrder
 * ...
 * yunExpress.stop();
 * }</pre>
 *
 * Scenario helpers stage a failure for the next matching call only. Thread-safe.
 */
public class YunExpressSimulator extends CarrierSimulator<YunExpressSimulator> {

    /** The customer code the no-argument simulator accepts. */
    public static final String DEFAULT_CUSTOMER_CODE = "C10086";

    /** The API secret the no-argument simulator accepts. */
    public static final String DEFAULT_API_SECRET = "sim-yunexpress-secret";

    /** The shipping method the simulator offers first. */
    public static final String DEFAULT_SHIPPING_METHOD = "THPHR";

    private final ParcelBook book;
    private final Scenarios carrierScenarios = new Scenarios();
    private final Map<String, Integer> deletions = new ConcurrentHashMap<>();
    private final Map<String, Integer> deleteRequests = new ConcurrentHashMap<>();

    /** A simulator accepting {@link #DEFAULT_CUSTOMER_CODE} and {@link #DEFAULT_API_SECRET}. */
    public YunExpressSimulator() {
        this(DEFAULT_CUSTOMER_CODE, DEFAULT_API_SECRET);
    }

    /** A simulator accepting these credentials only; its first parcel is YT2500000000000001. */
    public YunExpressSimulator(String customerCode, String apiSecret) {
        this(customerCode, apiSecret, 0);
    }

    /**
     * A simulator whose numbers start in the block {@code numberBlock} selects (one of a million
     * blocks of a million numbers), so that simulators started one after another (a restarted demo
     * on the same database, test contexts sharing one) do not hand out the same tracking numbers.
     */
    public YunExpressSimulator(String customerCode, String apiSecret, long numberBlock) {
        this(customerCode, apiSecret, numberBlock, Clock.systemUTC());
    }

    /** A simulator accepting the default credentials, numbering from the block {@code numberBlock} selects. */
    public YunExpressSimulator(long numberBlock, Clock clock) {
        this(DEFAULT_CUSTOMER_CODE, DEFAULT_API_SECRET, numberBlock, clock);
    }

    /** As {@link #YunExpressSimulator(String, String, long)}, reading time (parcels' journeys) from {@code clock}. */
    public YunExpressSimulator(String customerCode, String apiSecret, long numberBlock, Clock clock) {
        super(
                YunExpressCarrierAdapter.CARRIER,
                "the YunExpress simulator",
                "/api/",
                clock,
                Map.of(YunExpressClient.CUSTOMER_CODE, customerCode, YunExpressClient.API_SECRET, apiSecret),
                List.of(DEFAULT_SHIPPING_METHOD, "THZXR"));
        this.book = new ParcelBook(numberBlock);
    }

    @Override
    protected YunExpressEndpoints endpoints() {
        return new YunExpressEndpoints(this);
    }

    /** Forgets every parcel, staged scenario and counted request; the parcel book is kept over a stop until then. */
    public void reset() {
        book.clear();
        scenarios.clear();
        carrierScenarios.clear();
        clearCreateRequests();
        deletions.clear();
        deleteRequests.clear();
    }

    // What callers configure their account with

    /** The customer code it accepts. */
    public String customerCode() {
        return credential(YunExpressClient.CUSTOMER_CODE);
    }

    /** The API secret it accepts. */
    public String apiSecret() {
        return credential(YunExpressClient.API_SECRET);
    }

    /** Replaces the shipping method codes it accepts; others are refused with a Remark. */
    public YunExpressSimulator acceptsShippingMethods(String first, String... more) {
        return acceptsServices(first, more);
    }

    // Scenarios: each applies to the next matching call only (failsNext, dropsConnectionAfterAccepting: see Simulator)

    /** The next CreateOrder refuses every order in it with {@code remark} (Success 0), booking nothing. */
    public YunExpressSimulator rejectsNext(String remark) {
        carrierScenarios.rejectRemark.set(Objects.requireNonNull(remark, "remark"));
        return this;
    }

    /**
     * The next CreateOrder books its parcels with TrackType 2 (pending) and no tracking number;
     * lookups say Status 2 until {@link #assignPendingTrackingNumbers()}.
     */
    public YunExpressSimulator assignsTrackingNumberLater() {
        carrierScenarios.trackingLater.set(true);
        return this;
    }

    /** The next WayBill/Delete is applied (its parcels are deleted), then the connection is reset instead of answered. */
    public YunExpressSimulator dropsConnectionAfterDeleting() {
        carrierScenarios.dropAfterDeleting.set(true);
        return this;
    }

    /** Gives every pending parcel its tracking number, as YunExpress does some time after CreateOrder. */
    public YunExpressSimulator assignPendingTrackingNumbers() {
        book.assignPendingTrackingNumbers();
        return this;
    }

    // Inspection

    /** True once WayBill/Intercept stopped the parcel under this customer order number. */
    public boolean isIntercepted(String customerOrderNumber) {
        return book.interceptedAt(customerOrderNumber) != null;
    }

    /** Every parcel booked, in booking order. */
    public List<SimulatedParcel> parcels() {
        return book.all();
    }

    /** The parcels booked under a customer order number: never more than one, unless something is wrong. */
    public List<SimulatedParcel> parcelsFor(String customerOrderNumber) {
        return book.under(customerOrderNumber);
    }

    /** How many times the parcel under this customer order number was deleted: 0 or 1, never more. */
    public int deletionsOf(String customerOrderNumber) {
        return deletions.getOrDefault(customerOrderNumber, 0);
    }

    /** How many WayBill/Delete requests named this parcel (by any of its numbers), whatever became of them. */
    public int deleteRequestsFor(String customerOrderNumber) {
        return deleteRequests.getOrDefault(customerOrderNumber, 0);
    }

    // For the routes

    @Override
    protected ParcelBook book() {
        return book;
    }

    Scenarios carrierScenarios() {
        return carrierScenarios;
    }

    /**
     * Its price list (Freight/GetPriceTrial): a {@link FreightTable#stepped stepped} tariff over the shipping
     * methods it accepts, in their order: {@value #DEFAULT_SHIPPING_METHOD} the cheap and slow one.
     */
    public synchronized FreightTable freightTable() {
        return FreightTable.stepped(serviceList(), "YunExpress");
    }

    void countDeletion(String customerOrderNumber) {
        deletions.merge(customerOrderNumber, 1, Integer::sum);
    }

    void countDeleteRequest(String customerOrderNumber) {
        deleteRequests.merge(customerOrderNumber, 1, Integer::sum);
    }

    String expectedAuthorization() {
        String pair = customerCode() + "&" + apiSecret();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
