package io.junction.carriers.fourpx.simulator;

import io.junction.carriers.fourpx.FourPxCarrierAdapter;
import io.junction.carriers.fourpx.FourPxClient;
import io.junction.carriers.fourpx.dto.FopEnvelope.FopError;
import io.junction.carriers.kit.simulator.CarrierSimulator;
import io.junction.carriers.kit.simulator.FreightTable;
import io.junction.carriers.kit.simulator.ParcelJourney;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * 4PX's FOP open API on a local port ({@code POST /router/api/service?method=…}), with a consignment
 * book behind it. It checks the app key and FOP's MD5 signature on every call, validates each
 * consignment (required fields, postcode shape, special characters, product offered) with 4PX-like
 * reasons, refuses a {@code ref_no} it already holds, lists only the numbers it knows when asked for
 * several ({@code ds.xms.order.get}), serves PDF labels drawn with our label renderer, cancels
 * (refused once the depot has the parcel), holds (intercepts) and tracks parcels along a
 * {@link ParcelJourney}. Error codes and wordings are the simulator's (UNCONFIRMED).
 *
 * <pre>{@code
 * FourPxSimulator fourPx = new FourPxSimulator().start();
 * CarrierAccess access = new CarrierAccess(1, "FOURPX", fourPx.baseUrl(),
 *         Map.of("appKey", fourPx.appKey(), "appSecret", fourPx.appSecret()));
 * fourPx.dropsConnectionAfterAccepting();   // the next create is booked, then the connection resets
 * }</pre>
 */
public class FourPxSimulator extends CarrierSimulator<FourPxSimulator> {

    /** The app key the no-argument simulator accepts. */
    public static final String DEFAULT_APP_KEY = "sim-4px-app-key";

    /** The app secret the no-argument simulator accepts. */
    public static final String DEFAULT_APP_SECRET = "sim-4px-app-secret";

    /** The logistics product the simulator offers first. */
    public static final String DEFAULT_PRODUCT = "A1";

    /** {@code consignment_status} of a cancelled consignment in the simulator's lookups. */
    public static final String CANCELLED_STATUS = "X";

    static final String BASE_PATH = "/router/api/service";

    private final ConsignmentBook book;
    private final AtomicReference<FopError> rejectNext = new AtomicReference<>();
    private final Map<String, Integer> cancellations = new ConcurrentHashMap<>();

    /** A simulator accepting {@link #DEFAULT_APP_KEY} and {@link #DEFAULT_APP_SECRET}, on the system clock. */
    public FourPxSimulator() {
        this(0, Clock.systemUTC());
    }

    /** A simulator accepting the default credentials, numbering from the block {@code numberBlock} selects. */
    public FourPxSimulator(long numberBlock, Clock clock) {
        this(DEFAULT_APP_KEY, DEFAULT_APP_SECRET, numberBlock, clock);
    }

    /**
     * A simulator accepting these credentials, numbering from the block {@code numberBlock} selects (so
     * that simulators started one after another do not repeat numbers), reading time from {@code clock}.
     */
    public FourPxSimulator(String appKey, String appSecret, long numberBlock, Clock clock) {
        super(
                FourPxCarrierAdapter.CARRIER,
                "the 4PX simulator",
                BASE_PATH,
                clock,
                Map.of(FourPxClient.APP_KEY, appKey, FourPxClient.APP_SECRET, appSecret),
                List.of(DEFAULT_PRODUCT, "PX"));
        this.book = new ConsignmentBook(numberBlock);
    }

    @Override
    protected FourPxEndpoints endpoints() {
        return new FourPxEndpoints(this);
    }

    /** Forgets every consignment, staged scenario and count. */
    public void reset() {
        book.clear();
        scenarios.clear();
        rejectNext.set(null);
        clearCreateRequests();
        cancellations.clear();
    }

    public String appKey() {
        return credential(FourPxClient.APP_KEY);
    }

    public String appSecret() {
        return credential(FourPxClient.APP_SECRET);
    }

    // Scenarios

    /** The next create is refused with this error, booking nothing. */
    public FourPxSimulator rejectsNext(String errorCode, String errorMsg) {
        rejectNext.set(new FopError(errorCode, errorMsg, null, null));
        return this;
    }

    // Inspection

    public List<SimulatedConsignment> consignments() {
        return book.all();
    }

    /** The consignments under a reference: never more than one, unless something is wrong. */
    public List<SimulatedConsignment> consignmentsFor(String refNo) {
        return book.under(refNo);
    }

    /** How many times a consignment was cancelled under this number: 0 or 1, never more. */
    public int cancellationsOf(String number) {
        return cancellations.getOrDefault(number, 0);
    }

    // For the endpoints

    @Override
    protected ConsignmentBook book() {
        return book;
    }

    /**
     * Its price list (the estimated-cost call): a {@link FreightTable#stepped stepped} tariff over the products
     * it accepts, in their order: {@value #DEFAULT_PRODUCT} the cheap and slow one.
     */
    public synchronized FreightTable freightTable() {
        return FreightTable.stepped(serviceList(), "4PX");
    }

    /** The server's root (labels are served beside the API). */
    String rootUrl() {
        String base = baseUrl();
        return base.substring(0, base.length() - BASE_PATH.length());
    }

    Optional<FopError> takeStagedRejection(String refNo) {
        FopError staged = rejectNext.getAndSet(null);
        return staged == null
                ? Optional.empty()
                : Optional.of(new FopError(staged.errorCode(), staged.errorMsg(), null, refNo));
    }

    void countCancellation(String number) {
        cancellations.merge(number, 1, Integer::sum);
    }
}
