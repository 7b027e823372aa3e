package io.junction.carriers.yanwen;

import static io.junction.carriers.kit.CarrierReply.read;

import io.junction.carriers.kit.AbstractCarrierAdapter;
import io.junction.carriers.kit.CarrierHttp;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelTracking;
import io.junction.outcome.RemoteOutcome;
import java.time.Clock;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Yanwen (燕文) through its open API, in the shape of the YunExpress reference: each operation is one
 * client call and one translation. It never sends {@code express.order.create} twice; when Yanwen
 * refuses our order number as taken, it adopts the order Yanwen already holds. Tracking reads the
 * order's status ({@code express.order.getlist}); no intercept, no weight update.
 */
public class YanwenCarrierAdapter extends AbstractCarrierAdapter {

    /** The carrier code, as stored in {@code lgs_carrier_account.carrier}. */
    public static final String CARRIER = "YANWEN";

    // Yanwen's method names, which the simulator answers too
    public static final String CREATE = "express.order.create";
    public static final String LIST = "express.order.getlist";
    public static final String LABEL = "express.order.label.get";
    public static final String CANCEL = "express.order.cancel";

    private final YanwenClient client;
    private final YanwenTranslator translator;

    /**
     * @param properties time-outs and Yanwen's UNCONFIRMED facts
     * @param http shared OkHttp client; a copy is made with our time-outs and without silent retries
     */
    public YanwenCarrierAdapter(YanwenProperties properties, OkHttpClient http) {
        this(properties, http, Clock.systemUTC(), CarrierQuota.unlimited());
    }

    /** With the clock the request timestamps are read from, and the limits every node's calls for one account share. */
    public YanwenCarrierAdapter(YanwenProperties properties, OkHttpClient http, Clock clock, CarrierQuota quota) {
        super(CARRIER, "Yanwen", YanwenClient.USER_ID, YanwenClient.API_TOKEN);
        this.client = new YanwenClient(CarrierHttp.tuned(http, properties), quota, clock);
        this.translator = new YanwenTranslator(properties);
    }

    @Override
    public boolean supports(Operation operation) {
        return operation == Operation.TRACK;
    }

    @Override
    public RemoteOutcome<Parcel> createParcel(CarrierAccess account, ParcelRequest request) {
        Optional<RemoteOutcome.Rejected<Parcel>> cannot = translator.refusedBeforeSending(request);
        if (cannot.isPresent()) {
            return cannot.get();
        }
        RemoteOutcome<Parcel> created = read(
                client.call(account, CREATE, translator.createOrderBody(request)),
                reply -> translator.createOrderOutcome(request.reference(), reply));
        return adoptingDuplicate(account, request.reference(), created, YanwenTranslator.DUPLICATE_REFERENCE);
    }

    /** {@code express.order.getlist} with our reference; a cancelled order counts as none. */
    @Override
    public RemoteOutcome<Optional<Parcel>> findParcel(CarrierAccess account, String reference) {
        return read(
                client.call(account, LIST, translator.lookupBody(reference)),
                reply -> translator.lookupOutcome(reference, reply));
    }

    /** {@code express.order.label.get}: the PDF comes inline, as Base64. */
    @Override
    public RemoteOutcome<byte[]> label(CarrierAccess account, Parcel parcel) {
        return read(client.call(account, LABEL, translator.labelBody(parcel)), translator::labelOutcome);
    }

    /**
     * {@code express.order.cancel}. Yanwen saying it knows no such order is checked with a lookup by our
     * reference: nothing held is a success, an order still held a refusal.
     */
    @Override
    public RemoteOutcome<Void> cancelParcel(CarrierAccess account, Parcel parcel) {
        RemoteOutcome<Void> cancelled =
                read(client.call(account, CANCEL, translator.cancelBody(parcel)), translator::cancelOutcome);
        return checkingUnknownNumber(
                account, parcel, YanwenTranslator.waybill(parcel), cancelled, YanwenTranslator.NO_SUCH_ORDER);
    }

    /** The order's status from {@code express.order.getlist} by its waybill number (no events: see the translator). */
    @Override
    public RemoteOutcome<ParcelTracking> track(CarrierAccess account, Parcel parcel) {
        return read(
                client.call(account, LIST, translator.lookupBody(YanwenTranslator.waybill(parcel))),
                reply -> translator.trackingOutcome(parcel, reply));
    }
}
